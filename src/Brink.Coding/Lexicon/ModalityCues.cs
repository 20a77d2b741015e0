using Brink.Coding.Data;

namespace Brink.Coding.Lexicon;

/// <summary>Modality cues from data/lexicon/modality.tsv: cue -> kind, plus multiword cues by their first word.</summary>
internal sealed class ModalityCues
{
    private readonly Dictionary<string, ModalityCue>.AlternateLookup<ReadOnlySpan<char>> _byCue;
    private readonly Dictionary<string, ModalityCue[]> _byFirstWord;

    private ModalityCues(IReadOnlyList<ModalityCue> cues)
    {
        All = cues;
        _byCue = cues.ToDictionary(c => c.Cue, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _byFirstWord = cues.GroupBy(c => c.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every cue in file order.</summary>
    public IReadOnlyList<ModalityCue> All { get; }

    /// <summary>The kind of a cue ("would", "according to"), ignoring case; null if it is not a cue.</summary>
    public ModalityKind? Kind(ReadOnlySpan<char> cue) => _byCue.TryGetValue(cue, out var found) ? found.Kind : null;

    /// <summary>Cues whose first lemma is <paramref name="lemma"/> ("be" -> "be expected to", ...), in file order.</summary>
    public IReadOnlyList<ModalityCue> StartingWith(string lemma) => _byFirstWord.GetValueOrDefault(lemma) ?? [];

    internal static ModalityCues Read(TsvTable table)
    {
        var cues = new List<ModalityCue>(table.Rows.Count);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var cue = row.Required("cue");
            var words = cue.Split(' ');
            if (cue != cue.ToLowerInvariant() || words.Any(w => w.Length == 0))
                throw row.Error("cue", "write the cue as lower-case lemmas separated by single spaces");
            if (!seen.TryAdd(cue, row.Line))
                throw row.Error("cue", $"cue is listed twice (first on line {seen[cue]}); keep one row");
            var kind = row["kind"] switch
            {
                "conditional" => ModalityKind.Conditional,
                "hypothetical" => ModalityKind.Hypothetical,
                "future" => ModalityKind.Future,
                "negation" => ModalityKind.Negation,
                "claim" => ModalityKind.Claim,
                "report" => ModalityKind.Report,
                _ => throw row.Error("kind", "unknown kind; use conditional, hypothetical, future, negation, claim or report"),
            };
            cues.Add(new ModalityCue(cue, words, kind, row["notes"], row.Line));
        }
        return new ModalityCues(cues);
    }
}
