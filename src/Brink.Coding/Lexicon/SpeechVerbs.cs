using Brink.Coding.Data;
using Brink.Coding.Ontology;

namespace Brink.Coding.Lexicon;

/// <summary>Reporting verbs from data/lexicon/speech-verbs.tsv: lemma -> kind and event type.</summary>
internal sealed class SpeechVerbs
{
    private readonly Dictionary<string, SpeechVerb>.AlternateLookup<ReadOnlySpan<char>> _byLemma;

    private SpeechVerbs(IReadOnlyList<SpeechVerb> verbs)
    {
        All = verbs;
        _byLemma = verbs.ToDictionary(v => v.Lemma, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every verb in file order.</summary>
    public IReadOnlyList<SpeechVerb> All { get; }

    /// <summary>The reporting verb with this lemma ("say", "call for"), ignoring case; null if none.</summary>
    public SpeechVerb? Find(ReadOnlySpan<char> lemma) => _byLemma.TryGetValue(lemma, out var verb) ? verb : null;

    internal static SpeechVerbs Read(TsvTable table, PloverOntology? ontology)
    {
        var verbs = new List<SpeechVerb>(table.Rows.Count);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var lemma = row.Required("lemma");
            if (lemma != lemma.ToLowerInvariant())
                throw row.Error("lemma", "write the lemma in lower case");
            if (!seen.TryAdd(lemma, row.Line))
                throw row.Error("lemma", $"lemma is listed twice (first on line {seen[lemma]}); keep one row");
            var kind = row["kind"] switch
            {
                "neutral" => SpeechKind.Neutral,
                "assertive" => SpeechKind.Assertive,
                "claim" => SpeechKind.Claim,
                "denial" => SpeechKind.Denial,
                _ => throw row.Error("kind", "unknown kind; use neutral, assertive, claim or denial"),
            };
            var type = row.Optional("event_type");
            if (type is not null && ontology is not null && !ontology.IsType(type))
                throw row.Error("event_type", "unknown PLOVER type; use a type from data/ontology/event-types.tsv or leave empty");
            verbs.Add(new SpeechVerb(lemma, kind, type, row["notes"], row.Line));
        }
        return new SpeechVerbs(verbs);
    }
}
