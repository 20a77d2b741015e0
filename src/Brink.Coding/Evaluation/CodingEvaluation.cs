namespace Brink.Coding.Evaluation;

/// <summary>
/// Scores the coder against the gold set (eval/coding): each gold event is matched to the predicted
/// event whose trigger covers its trigger; then each field counts as correct when it agrees. A field's
/// precision is over all predicted events and its recall over all gold events, so a missed or spurious
/// event costs every field.
/// </summary>
public static class CodingEvaluation
{
    internal static readonly string[] Fields = ["event", "type", "actor", "recipient", "date", "modality", "attribution"];

    /// <summary>
    /// Codes every article that has a NAME.gold.tsv in <paramref name="goldDir"/> and scores the result. The article
    /// NAME.txt is read beside its gold file, else from <paramref name="textsDir"/> (annotations of texts Brink may not
    /// ship, such as the Wikinews and seed articles in ../shared, keep only the gold file). <paramref name="errors"/>,
    /// when given, receives one line per missed gold event, spurious event and disagreeing field.
    /// </summary>
    public static IReadOnlyList<FieldScore> Run(EventExtractor extractor, string goldDir, out int articles, Action<string>? errors = null, string? textsDir = null)
    {
        if (!Directory.Exists(goldDir)) throw new DirectoryNotFoundException($"Gold folder '{goldDir}' does not exist (example: eval/coding).");
        var correct = Fields.ToDictionary(f => f, _ => 0);
        int predicted = 0, gold = 0;
        articles = 0;
        foreach (var goldPath in GoldArticles.In(goldDir))
        {
            string textPath = GoldArticles.TextOf(goldPath, textsDir);
            articles++;
            var article = EventExtractor.ReadArticle(File.ReadAllText(textPath), textPath);
            var goldEvents = GoldReader.Read(goldPath, article);
            var events = extractor.Code(article).ToList();
            predicted += events.Count;
            gold += goldEvents.Count;
            foreach (var g in goldEvents)
            {
                var e = events.FirstOrDefault(p => Covers(p, g.Start)) ?? (g.AltStart >= 0 ? events.FirstOrDefault(p => Covers(p, g.AltStart)) : null);
                string where = $"{Path.GetFileName(goldPath)}:{g.Line} '{g.Trigger}'";
                if (e is null)
                {
                    errors?.Invoke($"{where}: missed {g.Type} (offset {g.Start})");
                    continue;
                }
                events.Remove(e);
                correct["event"]++;
                Count("type", e.EventType == g.Type, g.Type, e.EventType);
                Count("actor", SameActors(g.Actors, e.Actor), string.Join("; ", g.Actors), Describe(e.Actor));
                Count("recipient", SameActors(g.Recipients, e.Recipient), string.Join("; ", g.Recipients), Describe(e.Recipient));
                Count("date", SameDate(g.Date, e), g.Date ?? "(publication)", $"{e.Date:yyyy-MM-dd}{(e.DateEnd is { } de ? $"..{de:yyyy-MM-dd}" : "")} {e.DatePrecision}");
                Count("modality", string.Equals(g.Modality, e.Modality.ToString(), StringComparison.OrdinalIgnoreCase), g.Modality, e.Modality.ToString());
                Count("attribution", SameAttribution(g, e.Attribution), $"{g.Speaker} [{string.Join("; ", g.Sources)}]",
                    $"{e.Attribution?.Speaker?.Text} [{string.Join("; ", e.Attribution?.Sources.Select(x => x.Text) ?? [])}]");

                void Count(string field, bool ok, string expected, string got)
                {
                    if (ok) correct[field]++;
                    else errors?.Invoke($"{where}: {field} expected {expected}, got {got}");
                }
            }
            foreach (var e in events) errors?.Invoke($"{Path.GetFileName(goldPath)}: spurious {e.EventType} '{e.Trigger.Text}' in \"{e.Sentence.Text}\"");
        }
        return Fields.Select(f => new FieldScore(f, correct[f], predicted, gold)).ToList();
    }

    private static string Describe(IReadOnlyList<ActorMention> actors) =>
        string.Join("; ", actors.Select(a => a.Code ?? (a.Country is null ? "?" : $"{a.Country}/{a.Sector ?? "?"}") + $" ({a.Text})"));

    private static bool Covers(EventRecord p, int offset) => p.Trigger.Start <= offset && offset < Math.Max(p.Trigger.End, p.Trigger.Start + 1);

    /// <summary>"USA/GOV" compares country and sector, "HAMAS" the actor code, "?" any unresolved actor; the lists must agree as sets.</summary>
    private static bool SameActors(IReadOnlyList<string> gold, IReadOnlyList<ActorMention> predicted)
    {
        if (gold.Count != predicted.Count) return false;
        return gold.All(g => predicted.Any(p => Matches(g, p))) && predicted.All(p => gold.Any(g => Matches(g, p)));
    }

    private static bool Matches(string gold, ActorMention p)
    {
        if (gold == "?") return p.Country is null && p.Code is null;
        int slash = gold.IndexOf('/');
        if (slash < 0) return string.Equals(gold, p.Code, StringComparison.OrdinalIgnoreCase);
        return gold[..slash] == p.Country && (gold[(slash + 1)..] == "?" || gold[(slash + 1)..] == p.Sector);
    }

    private static bool SameDate(string? gold, EventRecord e)
    {
        if (gold is null) return e.DatePrecision == DatePrecision.Publication;
        var parts = gold.Split("..");
        var start = DateOnly.Parse(parts[0]);
        var end = parts.Length > 1 ? DateOnly.Parse(parts[1]) : start;
        return e.Date == start && (e.DateEnd ?? e.Date) == end;
    }

    private static bool SameAttribution(GoldEvent g, AttributionRecord? a)
    {
        bool speakerOk = g.Speaker is null ? a?.Speaker is null : a?.Speaker is { } s && Overlaps(g.Speaker, s.Text);
        var predictedSources = a?.Sources ?? [];
        var goldSources = g.Sources.Select(s => s.Split('|')[0]).ToList();
        bool sourcesOk = goldSources.Count == predictedSources.Count && goldSources.All(gs => predictedSources.Any(ps => Overlaps(gs, ps.Text)));
        return speakerOk && sourcesOk;
    }

    private static bool Overlaps(string a, string b) =>
        a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);
}
