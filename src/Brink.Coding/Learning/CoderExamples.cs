using Brink.Coding.Annotations;
using Brink.Coding.Articles;
using Brink.Coding.Dates;
using Brink.Coding.Events;
using Brink.Coding.Syntax;
using Brink.Text;

namespace Brink.Coding.Learning;

/// <summary>
/// Turns annotated rows into training examples for the three models: each row parsed and mended as the coder does,
/// each annotated trigger and argument span taken at its head word (the word whose head lies outside the span).
/// </summary>
internal sealed class CoderExamples
{
    public List<(ulong[] Features, int Label)> Type { get; } = [];
    public List<(ulong[] Features, int Label)> Argument { get; } = [];
    public List<(ulong[] Features, int Label)> Modality { get; } = [];
    public List<(ulong[] Features, int Label)> ImplicitActor { get; } = [];

    /// <summary>Annotated actors and recipients whose words are a bare country ("Russia", "Israeli"), with the sector they were given.</summary>
    public List<(string Type, ArgumentRole Role, string Sector)> CountryMentions { get; } = [];

    /// <summary>Every annotated sentence event's type, and whether the text names no actor for it.</summary>
    public List<(string Type, bool NoActor)> ActorPresence { get; } = [];

    /// <summary>Annotated events whose trigger head is not a candidate word (an adjective, a name): what the candidates miss.</summary>
    public int UncoveredEvents { get; private set; }
    public int Events { get; private set; }

    /// <summary>Annotated actors and recipients with a span whose head word is not a candidate phrase (what the argument stage cannot find).</summary>
    public int UncoveredArguments { get; private set; }

    /// <summary>Annotated actors and recipients with a span.</summary>
    public int Arguments { get; private set; }

    public static readonly string[] TypeLabels =
        [CoderModel.None, "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

    public static readonly string[] RoleLabels = Enum.GetNames<ArgumentRole>();

    public static readonly string[] ModalityLabels = Enum.GetNames<Coding.Modality>();

    public void Add(AnnotatedSentence row, TextPipeline pipeline, ICodingKnowledge knowledge) =>
        Add(row.Text, row.Date, row.Events, pipeline, knowledge, withArguments: true, isFurniture: null);

    /// <summary>
    /// An article annotated whole (the eval/coding gold format): its triggers teach the type and modality models; its
    /// actors are codes without spans, so it teaches no argument. Headlines, datelines and captions are skipped as the coder skips them.
    /// </summary>
    public void Add(Article article, IReadOnlyList<AnnotatedEvent> events, TextPipeline pipeline, ICodingKnowledge knowledge) =>
        Add(article.Text, article.Ref.Published ?? DateOnly.MinValue, events, pipeline, knowledge, withArguments: false, article.IsFurniture);

    private void Add(string text, DateOnly anchor, IReadOnlyList<AnnotatedEvent> events, TextPipeline pipeline, ICodingKnowledge knowledge,
        bool withArguments, Func<int, bool>? isFurniture)
    {
        var doc = pipeline.Process(DatelineMask.Apply(text));
        var entities = doc.Entities.ToList();
        var f = new FeatureBag();
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Length == 0 || isFurniture?.Invoke(sentence.Start) == true) continue;
            var tree = new SentenceTree(doc, sentence, entities);
            var dates = DateResolver.Find(doc, sentence.StartToken, sentence.EndToken, anchor);
            EventCoder.Repair(tree, dates);
            var gold = new Dictionary<int, AnnotatedEvent>();
            foreach (var e in events)
            {
                if (e.TriggerStart < sentence.Start || e.TriggerStart >= sentence.End) continue;
                Events++;
                int head = HeadOf(tree, e.TriggerStart, e.TriggerEnd);
                if (head < 0 || !TriggerCandidates.Is(tree, head)) { UncoveredEvents++; continue; }
                gold.TryAdd(head, e);
            }
            for (int i = tree.First; i < tree.End; i++)
            {
                if (!TriggerCandidates.Is(tree, i)) continue;
                // The word next to an annotated trigger in the same construction ("killed" by "airstrikes", "imposes" over
                // "sanctions") may carry the event as well as the annotated one: it teaches neither NONE nor the type.
                if (!gold.ContainsKey(i) && IsOtherWordOfAnEvent(tree, i, gold)) continue;
                f.Clear();
                TriggerFeatures.Add(f, tree, i, knowledge);
                string type = gold.TryGetValue(i, out var g) ? g.Type : CoderModel.None;
                Type.Add((f.ToArray(), Array.IndexOf(TypeLabels, type)));
            }
            foreach (var (i, e) in gold)
            {
                f.Clear();
                ModalityFeatures.Add(f, tree, i, e.Type, knowledge.SpeechVerbs);
                Modality.Add((f.ToArray(), (int)e.Modality));
                if (!withArguments) continue;
                NoteCountries(e, knowledge, anchor);
                ActorPresence.Add((e.Type, e.Actors.Count == 0));
                var actorHeads = Heads(tree, e.Actors);
                var recipientHeads = Heads(tree, e.Recipients);
                var candidates = ArgumentCandidates.Of(tree, i);
                Arguments += actorHeads.Count + recipientHeads.Count;
                UncoveredArguments += actorHeads.Concat(recipientHeads).Count(h => !candidates.Contains(h));
                foreach (int a in candidates)
                {
                    var role = actorHeads.Contains(a) ? ArgumentRole.Actor : recipientHeads.Contains(a) ? ArgumentRole.Recipient : ArgumentRole.None;
                    f.Clear();
                    ArgumentFeatures.Add(f, tree, i, a, e.Type, knowledge);
                    Argument.Add((f.ToArray(), (int)role));
                }
                if (actorHeads.Count == 0)
                {
                    // Only events whose text names no actor teach it: the implicit actor's sector, or none at all.
                    f.Clear();
                    var recipients = e.Recipients.Select(r => new ActorMention(r.Text ?? "", r.Start ?? 0, r.End ?? 0) { Sector = r.Code.Sector }).ToList();
                    ImplicitActorFeatures.Add(f, tree, i, e.Type, recipients);
                    string? sector = e.Actors.FirstOrDefault(a => a.Start is null)?.Code.Sector ?? (e.Actors.Count > 0 ? "OTHER" : null);
                    ImplicitActor.Add((f.ToArray(), ImplicitActorFeatures.LabelOf(sector)));
                }
            }
        }
    }

    private void NoteCountries(AnnotatedEvent e, ICodingKnowledge knowledge, DateOnly date)
    {
        foreach (var (list, role) in new[] { (e.Actors, ArgumentRole.Actor), (e.Recipients, ArgumentRole.Recipient) })
            foreach (var x in list)
            {
                if (x.Text is not { } words || x.Code.Sector is not { } sector) continue;
                string plain = words.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? words[4..] : words;
                bool bare = knowledge.CountryOfAdjective(plain) is not null
                    || knowledge.ResolveName(plain, 0, plain.Length, date, []) is { Role: null } m && m.Country is not null && m.Code == m.Country;
                if (bare) CountryMentions.Add((e.Type, role, sector));
            }
    }

    private static bool IsOtherWordOfAnEvent(SentenceTree t, int i, Dictionary<int, AnnotatedEvent> gold)
    {
        if (t.Head(i) is int h and >= 0 && gold.ContainsKey(h) && t.Rel(i) is "obj" or "nsubj" or "obl" or "compound" or "xcomp") return true;
        return t.Children(i).Any(c => gold.ContainsKey(c) && t.Rel(c) is "obj" or "nsubj" or "obl" or "compound" or "xcomp");
    }

    private static HashSet<int> Heads(SentenceTree t, IReadOnlyList<AnnotatedEntity> entities)
    {
        var heads = new HashSet<int>();
        foreach (var x in entities)
            if (x.Start is { } s && x.End is { } e && HeadOf(t, s, e) is var h and >= 0) heads.Add(h);
        return heads;
    }

    /// <summary>The word of the character span [start, end) whose syntactic head lies outside it; -1 when no word of the sentence overlaps it.</summary>
    internal static int HeadOf(SentenceTree t, int start, int end)
    {
        int first = -1, last = -1;
        for (int i = t.First; i < t.End; i++)
            if (t[i].Start < end && start < t[i].End) { if (first < 0) first = i; last = i; }
        if (first < 0) return -1;
        for (int i = first; i <= last; i++)
            if (t.Head(i) is var h && (h < first || h > last)) return i;
        return last;
    }
}
