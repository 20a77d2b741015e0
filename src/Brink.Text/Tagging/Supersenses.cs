namespace Brink.Text.Tagging;

/// <summary>
/// The names of WordNet's 45 lexicographer files, the coarse classes of its senses ("noun.person",
/// "verb.communication"), by file number: the supersense the tagger gives a noun or verb is its most
/// frequent sense's file (see <see cref="WordNetLexicon.Supersense"/>).
/// </summary>
internal static class Supersenses
{
    private static readonly string[] Names =
    [
        "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact", "noun.attribute",
        "noun.body", "noun.cognition", "noun.communication", "noun.event", "noun.feeling", "noun.food", "noun.group",
        "noun.location", "noun.motive", "noun.object", "noun.person", "noun.phenomenon", "noun.plant", "noun.possession",
        "noun.process", "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time",
        "verb.body", "verb.change", "verb.cognition", "verb.communication", "verb.competition", "verb.consumption",
        "verb.contact", "verb.creation", "verb.emotion", "verb.motion", "verb.perception", "verb.possession",
        "verb.social", "verb.stative", "verb.weather", "adj.ppl",
    ];

    /// <summary>The name for a token's stored sense (the file number plus one; 0 for none), or null.</summary>
    public static string? Name(byte sense) => sense > 0 && sense <= Names.Length ? Names[sense - 1] : null;
}
