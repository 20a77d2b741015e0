using Brink.Analysis;
using Brink.Coding;
using Brink.Store;

namespace Brink.Cli.Commands.Bench;

/// <summary>
/// Coded articles made up directly (no text coding), for filling a store to benchmark reads: skewed dyads among
/// 30 countries, every PLOVER quad, dates over three years. Same seed, same store.
/// </summary>
internal sealed class SyntheticEvents(int seed)
{
    private static readonly string[] Countries =
        ["VEN", "GUY", "BRA", "COL", "IRN", "ISR", "EGY", "JOR", "TUR", "GRC", "IND", "PAK", "CHN", "JPN", "RUS",
         "UKR", "ETH", "SDN", "KEN", "NGA", "ARM", "AZE", "SRB", "POL", "USA", "GBR", "FRA", "DEU", "SAU", "QAT"];
    private static readonly string[] Sectors = ["GOV", "MIL", "GOV", "COP", "LEG"];
    private static readonly (string Type, string Trigger, string Quad, double Score)[] Types =
    [
        ("AGREE", "agreed with", "verbal_cooperation", 6), ("CONSULT", "met", "verbal_cooperation", 3), ("SUPPORT", "backed", "verbal_cooperation", 4),
        ("AID", "sent aid to", "material_cooperation", 7), ("RETREAT", "withdrew from", "material_cooperation", 5), ("CONCEDE", "released", "material_cooperation", 5),
        ("REQUEST", "urged", "verbal_conflict", -1), ("ACCUSE", "accused", "verbal_conflict", -3), ("REJECT", "rejected", "verbal_conflict", -4),
        ("THREATEN", "threatened", "verbal_conflict", -6), ("PROTEST", "protested against", "material_conflict", -5), ("SANCTION", "sanctioned", "material_conflict", -6),
        ("MOBILIZE", "mobilized against", "material_conflict", -7), ("COERCE", "detained citizens of", "material_conflict", -8), ("ASSAULT", "struck", "material_conflict", -9),
    ];
    private static readonly Modality[] Modalities = [Modality.Asserted, Modality.Asserted, Modality.Asserted, Modality.Claimed, Modality.Future, Modality.Negated];
    private static readonly string[] Outlets = ["Meridian Wire", "Harbor Brief", "The Northgate Post", "Caribbean Ledger", "Atlas Daily"];
    private readonly Random _random = new(seed);
    private int _article;

    public static DateOnly LastDay { get; } = new(2027, 3, 14);

    /// <summary>
    /// Articles of 10 events (fewer at the end) in batches of 500 until <paramref name="events"/> are made; dated in
    /// arrival order unless <paramref name="randomDates"/>.
    /// </summary>
    public IEnumerable<List<CodedArticle>> Batches(int events, bool randomDates)
    {
        for (int made = 0; made < events;)
        {
            var batch = new List<CodedArticle>(500);
            for (int i = 0; i < 500 && made < events; i++)
            {
                int n = Math.Min(10, events - made);
                batch.Add(Next(n, randomDates ? null : (double)made / events));
                made += n;
            }
            yield return batch;
        }
    }

    /// <summary>
    /// One article with <paramref name="events"/> events between one dyad on one day. With <paramref name="progress"/>
    /// (0 to 1) the day follows it, as news arrives over time; without, the day is anywhere in the last three years.
    /// </summary>
    public CodedArticle Next(int events, double? progress = null)
    {
        int n = ++_article;
        string a = Countries[Skewed()], b;
        do b = Countries[Skewed()]; while (b == a);
        var day = progress is double p
            ? LastDay.AddDays(-(int)((1 - p) * 1095) - _random.Next(3))
            : LastDay.AddDays(-(int)(Math.Pow(_random.NextDouble(), 0.7) * 1095));
        string outlet = Outlets[_random.Next(Outlets.Length)];
        var text = new System.Text.StringBuilder($"Synthetic report {n} on {a} and {b}.\n\n");
        var records = new List<EventRecord>(events);
        var articleRef = new ArticleRef($"syn-{n}", $"{a} and {b}: report {n}", day, outlet, $"https://synthetic.example/{n}");
        for (int i = 0; i < events; i++)
        {
            var (type, trigger, quad, score) = Types[_random.Next(Types.Length)];
            string actorText = $"{a} {Sectors[_random.Next(Sectors.Length)]}", recipientText = $"{b} {Sectors[_random.Next(Sectors.Length)]}";
            int start = text.Length;
            string sentence = $"{actorText} {trigger} {recipientText}, officials said in statement {i}.";
            text.Append(sentence).Append(' ');
            int triggerStart = start + actorText.Length + 1, recipientStart = triggerStart + trigger.Length + 1;
            records.Add(new EventRecord
            {
                Id = $"syn-{n}-{i}",
                Article = articleRef,
                SentenceIndex = i,
                Sentence = new SpanRef(sentence, start, start + sentence.Length),
                EventType = type,
                Quad = quad,
                Score = score,
                Actor = [new ActorMention(actorText, start, start + actorText.Length) { Country = a, Code = a + actorText[4..], Sector = actorText[4..] }],
                Recipient = [new ActorMention(recipientText, recipientStart, recipientStart + recipientText.Length) { Country = b, Code = b + recipientText[4..], Sector = recipientText[4..] }],
                Date = day,
                DatePrecision = DatePrecision.Day,
                Modality = Modalities[_random.Next(Modalities.Length)],
                Attribution = new AttributionRecord(null, [new SourceRef("officials", null, false)], outlet),
                Trigger = new SpanRef(trigger, triggerStart, triggerStart + trigger.Length),
                Confidence = 0.8,
            });
        }
        var article = new Article(articleRef, text.ToString(), 0, []);
        return new CodedArticle(article, records, "synthetic-bench");
    }

    /// <summary>A few countries appear in most events, as in real news.</summary>
    private int Skewed() => (int)(Math.Pow(_random.NextDouble(), 2.5) * Countries.Length);
}
