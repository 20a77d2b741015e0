namespace Brink.Coding.Evaluation;

/// <summary>
/// Scores the coder against the gold set (eval/coding): each gold event is matched to the predicted
/// event whose trigger covers its trigger; then each field counts as correct when it agrees. A field's
/// precision is over all predicted events and its recall over all gold events, so a missed or spurious
/// event costs every field.
/// </summary>
public static class CodingEvaluation
{
    public static readonly string[] Fields = ["event", "type", "actor", "recipient", "date", "modality", "attribution"];

    /// <summary>Codes every NN-*.txt in <paramref name="goldDir"/> that has a .gold.tsv beside it and scores the result.</summary>
    public static IReadOnlyList<FieldScore> Run(EventExtractor extractor, string goldDir, out int articles)
    {
        if (!Directory.Exists(goldDir)) throw new DirectoryNotFoundException($"Gold folder '{goldDir}' does not exist (example: eval/coding).");
        var correct = Fields.ToDictionary(f => f, _ => 0);
        int predicted = 0, gold = 0;
        articles = 0;
        foreach (var textPath in Directory.GetFiles(goldDir, "*.txt").Order(StringComparer.Ordinal))
        {
            string goldPath = Path.ChangeExtension(textPath, ".gold.tsv");
            if (!File.Exists(goldPath)) continue;
            articles++;
            var article = EventExtractor.ReadArticle(File.ReadAllText(textPath), textPath);
            var goldEvents = GoldReader.Read(goldPath, article);
            var events = extractor.Code(article).ToList();
            predicted += events.Count;
            gold += goldEvents.Count;
            foreach (var g in goldEvents)
            {
                var e = events.FirstOrDefault(p => Covers(p, g.Start)) ?? (g.AltStart >= 0 ? events.FirstOrDefault(p => Covers(p, g.AltStart)) : null);
                if (e is null) continue;
                events.Remove(e);
                correct["event"]++;
                if (e.EventType == g.Type) correct["type"]++;
                if (SameActors(g.Actors, e.Actor)) correct["actor"]++;
                if (SameActors(g.Recipients, e.Recipient)) correct["recipient"]++;
                if (SameDate(g.Date, e)) correct["date"]++;
                if (string.Equals(g.Modality, e.Modality.ToString(), StringComparison.OrdinalIgnoreCase)) correct["modality"]++;
                if (SameAttribution(g, e.Attribution)) correct["attribution"]++;
            }
        }
        return Fields.Select(f => new FieldScore(f, correct[f], predicted, gold)).ToList();
    }

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
