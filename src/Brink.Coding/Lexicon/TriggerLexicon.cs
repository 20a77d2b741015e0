using Brink.Coding.Data;
using Brink.Coding.Ontology;

namespace Brink.Coding.Lexicon;

/// <summary>The trigger lexicon (data/lexicon/triggers.tsv) indexed by lemma and part of speech, with modality cues and speech verbs.</summary>
internal sealed class TriggerLexicon
{
    private readonly Dictionary<string, TriggerEntry[]>.AlternateLookup<ReadOnlySpan<char>> _verbs;
    private readonly Dictionary<string, TriggerEntry[]>.AlternateLookup<ReadOnlySpan<char>> _nouns;
    private readonly Dictionary<string, TriggerEntry[]>.AlternateLookup<ReadOnlySpan<char>> _phrases;

    private TriggerLexicon(IReadOnlyList<TriggerEntry> entries, ModalityCues modality, SpeechVerbs speechVerbs)
    {
        Entries = entries;
        Modality = modality;
        SpeechVerbs = speechVerbs;
        _verbs = Index(entries, TriggerPos.Verb, e => e.Lemma);
        _nouns = Index(entries, TriggerPos.Noun, e => e.Lemma);
        _phrases = Index(entries, TriggerPos.Phrase, e => e.Words[0]);
    }

    /// <summary>Loads data/lexicon/ under the data/ folder; with an ontology, checks every type, mode and CAMEO code against it.</summary>
    public static TriggerLexicon Load(string dataDir, PloverOntology? ontology = null)
    {
        var triggers = TsvTable.Load(DataFolder.File(dataDir, "lexicon", "triggers.tsv"), TriggerReader.Columns);
        var modality = TsvTable.Load(DataFolder.File(dataDir, "lexicon", "modality.tsv"), "cue", "kind", "notes");
        var speech = TsvTable.Load(DataFolder.File(dataDir, "lexicon", "speech-verbs.tsv"), "lemma", "kind", "event_type", "notes");
        return new TriggerLexicon(TriggerReader.Read(triggers, ontology), ModalityCues.Read(modality), SpeechVerbs.Read(speech, ontology));
    }

    /// <summary>Every trigger row in file order.</summary>
    public IReadOnlyList<TriggerEntry> Entries { get; }

    /// <summary>Modality cues (modality.tsv).</summary>
    public ModalityCues Modality { get; }

    /// <summary>Reporting verbs (speech-verbs.tsv).</summary>
    public SpeechVerbs SpeechVerbs { get; }

    /// <summary>Verb or noun rows for a head lemma, in file order (empty if none).</summary>
    public IReadOnlyList<TriggerEntry> Candidates(string lemma, bool noun) => Candidates(lemma.AsSpan(), noun);

    /// <summary>Verb or noun rows for a head lemma, in file order (empty if none); no allocation.</summary>
    public IReadOnlyList<TriggerEntry> Candidates(ReadOnlySpan<char> lemma, bool noun) =>
        (noun ? _nouns : _verbs).TryGetValue(lemma, out var found) ? found : [];

    /// <summary>Phrase rows whose first lemma is <paramref name="firstLemma"/>, in file order; the caller checks the rest of <c>Words</c>.</summary>
    public IReadOnlyList<TriggerEntry> Phrases(ReadOnlySpan<char> firstLemma) =>
        _phrases.TryGetValue(firstLemma, out var found) ? found : [];

    private static Dictionary<string, TriggerEntry[]>.AlternateLookup<ReadOnlySpan<char>> Index(
        IReadOnlyList<TriggerEntry> entries, TriggerPos pos, Func<TriggerEntry, string> key) =>
        entries.Where(e => e.Pos == pos)
            .GroupBy(key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
