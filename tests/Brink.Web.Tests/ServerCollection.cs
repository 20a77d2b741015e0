namespace Brink.Web.Tests;

/// <summary>Tests that share one demo server (starting it codes 32 articles).</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<DemoServer>
{
    public const string Name = "demo server";
}
