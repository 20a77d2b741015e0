using Brink.Coding.Tests.Data;

namespace Brink.Coding.Tests.Ontology;

/// <summary>A two-type ontology written to a temp data/ folder; tests replace one file to break it.</summary>
internal static class OntologyFixture
{
    public static string[] EventTypes =>
    [
        "type\tquad\tdefinition\tdefault_cameo",
        "CONSULT\tverbal_cooperation\tActors meet\t040",
        "ASSAULT\tmaterial_conflict\tActor uses force\t180",
    ];

    public static string[] Cameo =>
    [
        "cameo\ttype\tmode\tcontext\tcameo_name",
        "040\tCONSULT\t\tdiplomatic\tConsult",
        "042\tCONSULT\tvisit\t\tMake a visit",
        "180\tASSAULT\t\t\tUse unconventional violence",
        "195\tASSAULT\taerial\tmilitary ; terrorism\tEmploy aerial weapons",
    ];

    public static string[] Modes =>
    [
        "type\tmode\tdefinition\tcameo",
        "CONSULT\tvisit\tActor travels\t042",
        "ASSAULT\taerial\tWarplanes\t195",
        "ASSAULT\tdrone\tUnmanned aerial vehicles\t",
    ];

    public static string[] Scores =>
    [
        "type\tmode\tscore",
        "CONSULT\t\t2.5",
        "CONSULT\tvisit\t4",
        "ASSAULT\t\t-9",
        "ASSAULT\taerial\t-9.5",
    ];

    public static string[] Contexts =>
    [
        "context\tdefinition",
        "military\tState armed forces",
        "future\tAuxiliary mode kept in the context field",
    ];

    public static void Write(TempDataDir dir, string? replace = null, string[]? lines = null)
    {
        foreach (var (name, content) in new[] { ("event-types", EventTypes), ("cameo-plover", Cameo), ("modes", Modes), ("scores", Scores), ("contexts", Contexts) })
            dir.Write($"ontology/{name}.tsv", name == replace ? lines! : content);
    }
}
