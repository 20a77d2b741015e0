namespace Brink.Text.Entities;

/// <summary>Exact-match entity precision, recall and F1 in percent (span and type must both match).</summary>
internal sealed record EntityScore(double Precision, double Recall, double F1)
{
    public static EntityScore FromCounts(long correct, long predicted, long gold)
    {
        double p = predicted == 0 ? 0 : 100.0 * correct / predicted;
        double r = gold == 0 ? 0 : 100.0 * correct / gold;
        return new EntityScore(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /// <summary>Scores <paramref name="ner"/> on samples whose docs are already tagged.</summary>
    public static EntityScore Evaluate(EntityRecognizer ner, IReadOnlyList<EntitySample> samples) =>
        Evaluate(samples, ner.Process, (doc, i) => ner.Tags.Name(doc.Data(i).Entity));

    /// <summary>Runs <paramref name="annotate"/> on each sample and compares the entity tags <paramref name="tagOf"/> reads back with the gold ones.</summary>
    public static EntityScore Evaluate(IEnumerable<EntitySample> samples, Action<Doc> annotate, Func<Doc, int, string> tagOf)
    {
        long correct = 0, predicted = 0, gold = 0;
        foreach (var s in samples)
        {
            annotate(s.Doc);
            var goldSpans = Bilou.Spans(Bilou.FromIob(s.Iob)).ToHashSet();
            var predSpans = Bilou.Spans(Enumerable.Range(0, s.Doc.Count).Select(i => tagOf(s.Doc, i)).ToList()).ToList();
            gold += goldSpans.Count;
            predicted += predSpans.Count;
            correct += predSpans.Count(goldSpans.Contains);
        }
        return FromCounts(correct, predicted, gold);
    }
}
