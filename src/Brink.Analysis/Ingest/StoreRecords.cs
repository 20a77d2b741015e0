using System.Text.Json;
using Brink.Coding;
using Brink.Store;

namespace Brink.Analysis;

/// <summary>
/// Turns the coder's events into the store's records: the JSON the store keeps as given, and the fields it indexes.
/// Which actors are one side of an event, and which dyads an event counts for, is decided here, by what knows actors.
/// </summary>
public static class StoreRecords
{
    /// <summary>The records of an article's events; a repeated event id is stored once.</summary>
    public static IReadOnlyList<ReportRecord> Of(IReadOnlyList<EventRecord> events)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return events.Where(e => seen.Add(e.Id)).Select(Of).ToList();
    }

    public static ReportRecord Of(EventRecord e)
    {
        int unnamed = 0, named = 0;
        foreach (var s in e.Attribution?.Sources ?? []) { if (s.Named) named++; else unnamed += s.Count ?? 1; }
        var dyads = new List<(string, string)>();
        if (e.Date is not null)
            foreach (var actor in e.Actor.SelectMany(Parties).Distinct())
                foreach (var recipient in e.Recipient.SelectMany(Parties).Distinct())
                    if (actor != recipient) dyads.Add((actor, recipient));
        return new ReportRecord(e.Id, Json(e))
        {
            SentenceIndex = e.SentenceIndex, SentenceStart = e.Sentence.Start, SentenceEnd = e.Sentence.End,
            TriggerStart = e.Trigger.Start, TriggerEnd = e.Trigger.End, TriggerText = e.Trigger.Text,
            EventType = e.EventType, Mode = e.Mode, Cameo = e.Cameo, Quad = e.Quad, Score = e.Score,
            Date = e.Date, DateEnd = e.DateEnd ?? e.Date, DatePrecision = e.DatePrecision.ToString().ToLowerInvariant(),
            Modality = e.Modality.ToString().ToLowerInvariant(), LocationCountry = e.LocationCountry,
            ActorKey = Key(e.Actor), RecipientKey = Key(e.Recipient),
            SpeakerNamed = e.Attribution?.Speaker is not null, SourcesNamed = named, SourcesUnnamed = unnamed, Confidence = e.Confidence,
            Actors = e.Actor.Select(Actor).ToList(), Recipients = e.Recipient.Select(Actor).ToList(), Dyads = dyads,
        };
    }

    /// <summary>
    /// Sorted, distinct actor identities joined by '+'; "-" when none. An identity is a group's own code
    /// (HAMAS), else the country (reports of "Venezuela" and "Venezuelan forces" are one side), else the
    /// code, else the lower-cased name.
    /// </summary>
    private static string Key(IReadOnlyList<ActorMention> actors)
    {
        if (actors.Count == 0) return "-";
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var a in actors) ids.Add(IsGroup(a) ? a.Code! : a.Country ?? a.Code ?? "~" + (a.Name ?? a.Text).ToLowerInvariant());
        return string.Join('+', ids);
    }

    private static bool IsGroup(ActorMention a) => a.Code is { } code && IsGroup(code, a.Country, a.Sector);

    /// <summary>Whether an actor code names a group that is a party of its own (HAMAS), not a country or one of its sectors (USAGOV).</summary>
    internal static bool IsGroup(string code, string? country, string? sector) => country is not null && code != country && code != country + sector;

    /// <summary>
    /// The dyad parties an actor stands for: its country, and also its own code when that names a group
    /// rather than a country's sector (HAMAS stands for both PSE and HAMAS; USAGOV only for USA).
    /// </summary>
    private static IEnumerable<string> Parties(ActorMention a)
    {
        if (a.Country is { } c) yield return c;
        if (IsGroup(a)) yield return a.Code!;
    }

    private static ActorRecord Actor(ActorMention a) => new(a.Text, a.Name, a.Code, a.Country, a.Sector, a.Role, a.Start, a.End);

    private static string Json(EventRecord e)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms)) EventJsonWriter.Write(e, w);
        return System.Text.Encoding.UTF8.GetString(ms.GetBuffer(), 0, (int)ms.Length);
    }
}
