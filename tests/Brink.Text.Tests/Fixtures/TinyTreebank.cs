using System.Text;

namespace Brink.Text.Tests.Fixtures;

/// <summary>
/// A small synthetic treebank written for the tests: a handful of English sentence templates with
/// hand-checked tags, heads and relations, filled with words drawn from small lexicons. Big enough for
/// each trainer to learn something, small enough to train in a second.
/// </summary>
internal static class TinyTreebank
{
    private static readonly string[] Nouns = ["dog", "cat", "minister", "army", "court", "farmer", "police", "ship", "envoy", "council"];
    private static readonly string[] NounsPl = ["dogs", "cats", "ministers", "soldiers", "judges", "farmers", "officers", "ships", "envoys", "rebels"];
    private static readonly string[] Verbs = ["chased", "met", "attacked", "praised", "blamed", "visited", "called", "helped", "warned", "watched"];
    private static readonly string[] VerbLemmas = ["chase", "meet", "attack", "praise", "blame", "visit", "call", "help", "warn", "watch"];
    private static readonly string[] Adjs = ["big", "old", "angry", "young", "quiet"];
    private static readonly string[] Names = ["Karlsen", "Relic", "Weiss", "Moreau", "Tanaka", "Okafor"];
    private static readonly string[] Places = ["Geneva", "Vienna", "Halm", "Ostra", "Lyon"];

    // Each word: form, lemma, UPOS, XPOS, head (1-based, 0 root), relation, NER tag.
    private readonly record struct W(string Form, string Lemma, string Upos, string Xpos, int Head, string Rel, string Ner = "O");

    /// <summary>CoNLL-U text of <paramref name="count"/> sentences and the matching UNER-style IOB2 text.</summary>
    public static (string Conllu, string Iob2) Generate(int count, int seed)
    {
        var rng = new Random(seed);
        var conllu = new StringBuilder();
        var iob = new StringBuilder();
        for (int s = 0; s < count; s++)
        {
            var words = Sentence(rng, s % 4);
            conllu.Append("# sent_id = s").Append(s + 1).Append('\n');
            conllu.Append("# text = ").Append(string.Join(' ', words.Select(w => w.Form))).Append('\n');
            iob.Append("# sent_id = s").Append(s + 1).Append('\n');
            for (int i = 0; i < words.Count; i++)
            {
                var w = words[i];
                conllu.Append($"{i + 1}\t{w.Form}\t{w.Lemma}\t{w.Upos}\t{w.Xpos}\t_\t{w.Head}\t{w.Rel}\t_\t_\n");
                iob.Append($"{i + 1}\t{w.Form}\t{w.Ner}\t-\t-\n");
            }
            conllu.Append('\n');
            iob.Append('\n');
        }
        return (conllu.ToString(), iob.ToString());
    }

    private static List<W> Sentence(Random rng, int template)
    {
        int v = rng.Next(Verbs.Length);
        string verb = Verbs[v], vl = VerbLemmas[v];
        string n1 = Nouns[rng.Next(Nouns.Length)], n2 = Nouns[rng.Next(Nouns.Length)];
        string np = NounsPl[rng.Next(NounsPl.Length)], adj = Adjs[rng.Next(Adjs.Length)];
        string name = Names[rng.Next(Names.Length)], place = Places[rng.Next(Places.Length)];
        string npLemma = np.EndsWith("ies") ? np[..^3] + "y" : np[..^1];
        return template switch
        {
            // the N V the ADJ N .
            0 => [new("the", "the", "DET", "DT", 2, "det"), new(n1, n1, "NOUN", "NN", 3, "nsubj"), new(verb, vl, "VERB", "VBD", 0, "root"),
                  new("the", "the", "DET", "DT", 6, "det"), new(adj, adj, "ADJ", "JJ", 6, "amod"), new(n2, n2, "NOUN", "NN", 3, "obj"),
                  new(".", ".", "PUNCT", ".", 3, "punct")],
            // Name V the Ns in Place .
            1 => [new(name, name, "PROPN", "NNP", 2, "nsubj", "B-PER"), new(verb, vl, "VERB", "VBD", 0, "root"), new("the", "the", "DET", "DT", 4, "det"),
                  new(np, npLemma, "NOUN", "NNS", 2, "obj"), new("in", "in", "ADP", "IN", 6, "case"), new(place, place, "PROPN", "NNP", 2, "obl", "B-LOC"),
                  new(".", ".", "PUNCT", ".", 2, "punct")],
            // Ns V Name .
            2 => [new(np, npLemma, "NOUN", "NNS", 2, "nsubj"), new(verb, vl, "VERB", "VBD", 0, "root"), new(name, name, "PROPN", "NNP", 2, "obj", "B-PER"),
                  new(".", ".", "PUNCT", ".", 2, "punct")],
            // the N of Place V a N .
            _ => [new("the", "the", "DET", "DT", 2, "det"), new(n1, n1, "NOUN", "NN", 5, "nsubj"), new("of", "of", "ADP", "IN", 4, "case"),
                  new(place, place, "PROPN", "NNP", 2, "nmod", "B-LOC"), new(verb, vl, "VERB", "VBD", 0, "root"), new("a", "a", "DET", "DT", 7, "det"),
                  new(n2, n2, "NOUN", "NN", 5, "obj"), new(".", ".", "PUNCT", ".", 5, "punct")],
        };
    }

    /// <summary>Writes train/dev CoNLL-U and IOB2 files into a fresh temporary folder and returns it.</summary>
    public static string WriteFolder(int trainCount = 120, int devCount = 40)
    {
        string dir = Path.Combine(Path.GetTempPath(), "brink-tiny-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var (trainC, trainI) = Generate(trainCount, seed: 1);
        var (devC, devI) = Generate(devCount, seed: 2);
        File.WriteAllText(Path.Combine(dir, "tiny-ud-train.conllu"), trainC);
        File.WriteAllText(Path.Combine(dir, "tiny-ud-dev.conllu"), devC);
        File.WriteAllText(Path.Combine(dir, "tiny-ud-train.iob2"), trainI);
        File.WriteAllText(Path.Combine(dir, "tiny-ud-dev.iob2"), devI);
        return dir;
    }
}
