using Brink.Coding.Actors;
using Brink.Coding.Annotations;

namespace Brink.Coding.Evaluation;

/// <summary>
/// Scores the coder on annotated real sentences (data/annotations/*.jsonl). Each row is coded alone, dated by its
/// day. An event counts as found when a record has its type, its actors and its recipients (for a reciprocal event,
/// coded with all parties as actors, the record's actors and recipients together); records and annotated events
/// pair one to one. Per-field scores pair records with annotated events by trigger (<see cref="EventAlignment"/>).
/// </summary>
public sealed class SentenceEvaluation
{
    internal static readonly string[] Fields = ["event", "trigger", "type", "actor", "recipient", "modality"];

    private readonly EventExtractor _extractor;
    private readonly ActorCodeMatcher _matcher;

    public SentenceEvaluation(EventExtractor extractor, ActorKnowledgeBase actors) : this(extractor, actors.ByCode) { }

    internal SentenceEvaluation(EventExtractor extractor, Func<string, Actor?> organization)
    {
        _extractor = extractor;
        _matcher = new ActorCodeMatcher(organization);
    }

    /// <summary>Codes and scores every row; <paramref name="errors"/>, when given, receives one line per miss, spurious record and disagreeing field.</summary>
    public SentenceScores Run(IReadOnlyList<AnnotatedSentence> rows, Action<string>? errors = null)
    {
        var tally = new Tally(this, errors);
        foreach (var row in rows) tally.Add(row, _extractor.Code(EventExtractor.LineArticle(row.Text, row.Id, row.Date, null)));
        return tally.Result();
    }

    /// <summary>Scores rows against records coded elsewhere (tests set records by hand, so they check the scoring, not the coder).</summary>
    internal SentenceScores Score(IEnumerable<(AnnotatedSentence Row, IReadOnlyList<EventRecord> Records)> coded, Action<string>? errors = null)
    {
        var tally = new Tally(this, errors);
        foreach (var (row, records) in coded) tally.Add(row, records);
        return tally.Result();
    }

    /// <summary>The running counts of one evaluation.</summary>
    private sealed class Tally(SentenceEvaluation owner, Action<string>? errors)
    {
        private readonly Dictionary<string, int> _correct = Fields.ToDictionary(f => f, _ => 0);
        private readonly Dictionary<(string, string), int> _confusion = [];
        private int _rows, _gold, _predicted, _oneEventRows, _oneEventCorrect, _noActor;

        public void Add(AnnotatedSentence row, IReadOnlyList<EventRecord> records)
        {
            var matcher = owner._matcher;
            _rows++;
            _gold += row.Events.Count;
            _predicted += records.Count;
            _noActor += records.Count(r => !ActorCodeMatcher.AnyResolved(r.Actor));
            _correct["event"] += owner.StrictMatches(row.Events, records);
            if (row.Events.Count == 1)
            {
                _oneEventRows++;
                if (records.MaxBy(r => r.Confidence)?.EventType == row.Events[0].Type) _oneEventCorrect++;
            }
            var pairs = EventAlignment.Align(row.Events, records, g => (g.TriggerStart, g.TriggerEnd), r => (r.Trigger.Start, Math.Max(r.Trigger.End, r.Trigger.Start + 1)), (g, r) => g.Type == r.EventType || owner.SharesParty(g, r));
            foreach (var (i, j) in pairs)
            {
                var g = row.Events[i];
                var r = records[j];
                _correct["trigger"]++;
                Bump(g.Type, r.EventType);
                string where = $"{row.Id} '{g.TriggerText}'";
                Count("type", g.Type == r.EventType, g.Type, r.EventType);
                Count("actor", matcher.SameEntities(Codes(g.Actors), r.Actor), Describe(g.Actors), Describe(r.Actor));
                Count("recipient", matcher.SameEntities(Codes(g.Recipients), r.Recipient), Describe(g.Recipients), Describe(r.Recipient));
                Count("modality", g.Modality == r.Modality, g.Modality.ToString(), r.Modality.ToString());

                void Count(string field, bool ok, string expected, string got)
                {
                    if (ok) _correct[field]++;
                    else errors?.Invoke($"{where}: {field} expected {expected}, got {got} | {row.Text}");
                }
            }
            for (int i = 0; i < row.Events.Count; i++)
            {
                if (pairs.Any(p => p.Left == i)) continue;
                Bump(row.Events[i].Type, "NONE");
                errors?.Invoke($"{row.Id} '{row.Events[i].TriggerText}': missed {AnnotationAgreement.Describe(row.Events[i])} | {row.Text}");
            }
            for (int j = 0; j < records.Count; j++)
            {
                if (pairs.Any(p => p.Right == j)) continue;
                Bump("NONE", records[j].EventType);
                errors?.Invoke($"{row.Id} '{records[j].Trigger.Text}': spurious {records[j].EventType} {Describe(records[j].Actor)} -> {Describe(records[j].Recipient)} | {row.Text}");
            }
        }

        public SentenceScores Result() =>
            new(_rows, Fields.Select(f => new FieldScore(f, _correct[f], _predicted, _gold)).ToList(), _oneEventRows, _oneEventCorrect, _predicted, _noActor, _confusion);

        private void Bump(string gold, string coded) => _confusion[(gold, coded)] = _confusion.GetValueOrDefault((gold, coded)) + 1;
    }

    /// <summary>Annotated events a record matches on type, actors and recipients, paired one to one.</summary>
    private int StrictMatches(IReadOnlyList<AnnotatedEvent> events, IReadOnlyList<EventRecord> records)
    {
        var used = new bool[records.Count];
        int found = 0;
        foreach (var g in events)
        {
            for (int j = 0; j < records.Count; j++)
            {
                if (used[j] || records[j].EventType != g.Type || !SameParties(g, records[j])) continue;
                used[j] = true;
                found++;
                break;
            }
        }
        return found;
    }

    /// <summary>A reciprocal event (several actors, no recipient) matches on all parties; any other on actors and recipients apart.</summary>
    private bool SameParties(AnnotatedEvent g, EventRecord r)
    {
        if (g.Recipients.Count == 0 && g.Actors.Count > 1)
            return _matcher.SameEntities(Codes(g.Actors), [.. r.Actor, .. r.Recipient]);
        return _matcher.SameEntities(Codes(g.Actors), r.Actor) && _matcher.SameEntities(Codes(g.Recipients), r.Recipient);
    }

    private bool SharesParty(AnnotatedEvent g, EventRecord r) =>
        g.Actors.Concat(g.Recipients).Any(x => r.Actor.Concat(r.Recipient).Any(p => _matcher.Matches(x.Code, p)));

    private static List<ActorCode> Codes(IReadOnlyList<AnnotatedEntity> entities) => entities.Select(e => e.Code).ToList();

    private static string Describe(IReadOnlyList<AnnotatedEntity> x) => x.Count == 0 ? "-" : string.Join("; ", x.Select(e => $"{e.Code} ({e.Text ?? "implicit"})"));

    private static string Describe(IReadOnlyList<ActorMention> x) =>
        x.Count == 0 ? "-" : string.Join("; ", x.Select(a => (a.Code is { } c && c != a.Country ? c : $"{a.Country ?? "?"}/{a.Sector ?? "?"}") + $" ({a.Text})"));
}
