using Brink.Text.Learning;

namespace Brink.Text.Tests.Learning;

public sealed class LargePageMemoryTests
{
    [Fact]
    public unsafe void Memory_is_zeroed_aligned_to_2_MB_and_whole_pages()
    {
        var m = new LargePageMemory(3 * 1024 * 1024 + 5);
        Assert.Equal(0, (long)m.Pointer % (2 * 1024 * 1024));
        Assert.Equal(4L * 1024 * 1024, m.Bytes);
        var bytes = new ReadOnlySpan<byte>(m.Pointer, (int)m.Bytes);
        Assert.Equal(-1, bytes.IndexOfAnyExcept((byte)0));
        GC.KeepAlive(m);
    }
}
