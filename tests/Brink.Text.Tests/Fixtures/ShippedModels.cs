namespace Brink.Text.Tests.Fixtures;

/// <summary>The repository's models/ folder, for tests of the shipped models' behaviour.</summary>
internal static class ShippedModels
{
    public static string Dir { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Brink.sln"))) return Path.Combine(dir.FullName, "models");
        throw new InvalidOperationException($"Brink.sln not found above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
