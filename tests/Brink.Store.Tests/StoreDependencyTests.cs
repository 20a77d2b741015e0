using Brink.Store;

namespace Brink.Store.Tests;

/// <summary>The store files records it does not need to understand, so it must not carry the coder (and its NLP stack) with it.</summary>
public sealed class StoreDependencyTests
{
    [Fact]
    public void The_store_assembly_does_not_reference_the_coder()
    {
        var references = typeof(EventStore).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Contains("Microsoft.Data.Sqlite", references);
        Assert.DoesNotContain("Brink.Coding", references);
        Assert.DoesNotContain("Brink.Text", references);
    }
}
