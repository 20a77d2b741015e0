using Brink.Text.Training;

namespace Brink.Text.Tagging;

/// <summary>Tagging and lemma accuracy on gold-tokenized sentences, in percent.</summary>
internal sealed record TaggerScore(double Upos, double Xpos, double Lemma)
{
    public Dictionary<string, double> ToMetrics() => new() { ["upos"] = Math.Round(Upos, 2), ["xpos"] = Math.Round(Xpos, 2), ["lemma"] = Math.Round(Lemma, 2) };

    public static TaggerScore Evaluate(Tagger tagger, IReadOnlyList<TreebankSample> samples)
    {
        int n = 0, upos = 0, xpos = 0, lemma = 0;
        foreach (var s in samples)
        {
            var doc = s.Doc;
            tagger.TagStandalone(doc);
            for (int i = 0; i < s.Length; i++)
            {
                var t = doc[i];
                var g = s.Words[i];
                n++;
                if (t.Upos == g.Upos) upos++;
                if (t.Xpos == g.Xpos) xpos++;
                if (t.Lemma == g.Lemma) lemma++;
            }
        }
        return n == 0 ? new TaggerScore(0, 0, 0) : new TaggerScore(100.0 * upos / n, 100.0 * xpos / n, 100.0 * lemma / n);
    }
}
