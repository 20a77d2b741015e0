using System.Runtime.InteropServices;

namespace Brink.Text.Learning;

/// <summary>
/// A fixed block of zeroed unmanaged memory, 2 MB-aligned, that Linux is asked to back with huge
/// pages. A large model's lookups land on random addresses across megabytes; with 4 KB pages most
/// of them also miss the TLB, and one 2 MB page covers 512 times as much. Elsewhere it is plain
/// aligned memory. Freed by the finalizer: a model lives as long as its component.
/// </summary>
internal sealed unsafe partial class LargePageMemory
{
    private const nuint HugePage = 2 * 1024 * 1024;
    private const int MadvHugePage = 14;
    private readonly nuint _bytes;

    public LargePageMemory(long bytes)
    {
        _bytes = ((nuint)Math.Max(bytes, 1) + HugePage - 1) & ~(HugePage - 1);
        Pointer = NativeMemory.AlignedAlloc(_bytes, HugePage);
        // The advice must come before the pages are first touched, which the clearing does.
        if (OperatingSystem.IsLinux()) _ = Madvise(Pointer, _bytes, MadvHugePage);
        NativeMemory.Clear(Pointer, _bytes);
        GC.AddMemoryPressure((long)_bytes);
    }

    ~LargePageMemory()
    {
        NativeMemory.AlignedFree(Pointer);
        GC.RemoveMemoryPressure((long)_bytes);
    }

    public void* Pointer { get; }

    public long Bytes => (long)_bytes;

    /// <summary>Starts loading the cache line at <paramref name="p"/>; a hint, never a fault.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Prefetch(void* p)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported) System.Runtime.Intrinsics.X86.Sse.Prefetch0(p);
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
