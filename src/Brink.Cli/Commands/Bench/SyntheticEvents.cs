using Brink.Coding;
using Brink.Store;

namespace Brink.Cli.Commands.Bench;

/// <summary>
/// Coded articles made up directly as records (no text analysis), to fill a store to a given size quickly:
/// 24 countries, two years of days, every PLOVER quad.
/// </summary>
internal static class SyntheticEvents
{
    private static readonly string[] Countries = ["VEN", "GUY", "BRA", "COL", "IRN", "ISR", "EGY", "JOR", "TUR", "GRC", "IND", "PAK",
        "CHN", "JPN", "RUS", "UKR", "ETH", "SDN", "KEN", "NGA", "ARM", "AZE", "SRB", "POL"];
    private static readonly (string Type, string Quad, double Score)[] Types =
        [("ASSAULT", "material_conflict", -9), ("THREATEN", "verbal_conflict", -3.5), ("ACCUSE", "verbal_conflict", -2), ("CONSULT", "verbal_cooperation", 2.5),
         ("SANCTION", "material_conflict", -6), ("AID", "material_cooperation", 10), ("MOBILIZE", "material_conflict", -6.5), ("REQUEST", "verbal_conflict", 0)];
    private static readonly Modality[] Modalities = [Modality.Asserted, Modality.Asserted, Modality.Asserted, Modality.Claimed, Modality.Conditional, Modality.Negated];

    public static IEnumerable<CodedArticle[]> Batches(int events, int perArticle, int articlesPerBatch, int seed, DateOnly from, int days)
    {
        var rng = new Random(seed);
        int made = 0, article = 0;
        while (made < events)
        {
            var batch = new List<CodedArticle>();
            for (int a = 0; a < articlesPerBatch && made < events; a++, article++)
            {
                var published = from.AddDays(rng.Next(days));
                string text = $"Synthetic article {seed}-{article}.";
                var records = new List<EventRecord>();
                for (int e = 0; e < perArticle && made < events; e++, made++)
                {
                    var (type, quad, score) = Types[rng.Next(Types.Length)];
                    string actor = Countries[rng.Next(Countries.Length)], recipient = Countries[rng.Next(Countries.Length)];
                    if (recipient == actor) recipient = Countries[(Array.IndexOf(Countries, actor) + 1) % Countries.Length];
                    records.Add(new EventRecord
                    {
                        Id = $"s{seed}-{article}-{e}", Article = new ArticleRef($"synthetic-{seed}-{article}", text, published, $"Outlet {article % 7}", null),
                        SentenceIndex = e, Sentence = new SpanRef(text, 0, text.Length), EventType = type, Quad = quad, Score = score,
                        Actor = [new ActorMention(actor, 0, 3) { Country = actor, Sector = "GOV", Code = actor + "GOV" }],
                        Recipient = [new ActorMention(recipient, 4, 7) { Country = recipient, Sector = "MIL", Code = recipient + "MIL" }],
                        Date = published.AddDays(-rng.Next(3)), DatePrecision = DatePrecision.Day, Modality = Modalities[rng.Next(Modalities.Length)],
                        Trigger = new SpanRef("article", 10, 17), Confidence = 0.8,
                    });
                }
                batch.Add(new CodedArticle(new Article(new ArticleRef($"synthetic-{seed}-{article}", text, published, $"Outlet {article % 7}", null), text, 0, []),
                    records, "synthetic"));
            }
            yield return batch.ToArray();
        }
    }
}
