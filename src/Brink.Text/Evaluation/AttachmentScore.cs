using Brink.Text.Parsing;
using Brink.Text.Training;

namespace Brink.Text.Evaluation;

/// <summary>UAS and LAS of a parser on gold-tokenized, already tagged sentences.</summary>
internal static class AttachmentScore
{
    public static ParserScore OnGoldTokens(Parser parser, IReadOnlyList<TreebankSample> samples)
    {
        long n = 0, uas = 0, las = 0;
        foreach (var s in samples)
        {
            var doc = s.Doc;
            doc.Labels = new LabelSet { Upos = doc.Labels.Upos, Xpos = doc.Labels.Xpos, Lemmas = doc.Labels.Lemmas, Feats = doc.Labels.Feats, Deps = parser.Deps, Entities = doc.Labels.Entities };
            parser.Process(doc);
            for (int i = 0; i < s.Length; i++)
            {
                var t = doc[i];
                var g = s.Words[i];
                n++;
                if (t.Head == g.Head - 1)
                {
                    uas++;
                    if (ParserScore.Universal(t.Dep) == g.BaseDeprel) las++;
                }
            }
        }
        return n == 0 ? new ParserScore(0, 0) : new ParserScore(100.0 * uas / n, 100.0 * las / n);
    }
}
