using System.Xml.Linq;

namespace Brink.Cli.Tests;

/// <summary>An InternalsVisibleTo grant must name an assembly the solution builds: a grant to a mistyped name (the CLI's
/// assembly is `brink`, not Brink.Cli) opens nothing and only misleads the reader about who uses the internals.</summary>
public sealed class InternalsGrantTests
{
    [Fact]
    public void Every_grant_names_an_assembly_the_solution_builds()
    {
        var projects = Directory.GetFiles(BrinkProcess.RepoRoot, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")).ToList();
        var assemblies = projects.Select(p => XDocument.Load(p).Descendants("AssemblyName").FirstOrDefault()?.Value ?? Path.GetFileNameWithoutExtension(p))
            .ToHashSet(StringComparer.Ordinal);
        var grants = projects.SelectMany(p => XDocument.Load(p).Descendants("InternalsVisibleTo")
            .Select(g => (Project: Path.GetFileName(p), To: g.Attribute("Include")?.Value ?? ""))).ToList();

        Assert.NotEmpty(grants);
        Assert.Contains("brink", assemblies);
        Assert.Equal([], grants.Where(g => !assemblies.Contains(g.To)).Select(g => $"{g.Project} -> {g.To}"));
    }
}
