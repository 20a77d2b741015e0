using Brink.Coding.Dates;
using Brink.Coding.Syntax;

namespace Brink.Coding.Events;

/// <summary>
/// Picks the date of one event from the time expressions of its sentence. A time expression dates the
/// clause it modifies only: "said on Monday that troops had been sent" dates the saying, and "will withdraw
/// the forces it sent last week" does not date the withdrawal. "on Saturday, a day after drones struck" dates
/// the strike a day before Saturday.
/// </summary>
internal static class EventDater
{
    public sealed record ResolvedDate(DateOnly Start, DateOnly End, DatePrecision Precision, string? Text);

    /// <summary>A time expression inside the trigger's own phrase wins; else one on the clause that governs it; else the publication date.</summary>
    public static ResolvedDate DateFor(SentenceTree t, int trigger, List<DateMention> dates, DateOnly anchor, Modality modality, ISet<string> speechVerbs)
    {
        bool forward = LooksAhead(t, trigger, modality);
        if (!dates.Any(d => Attached(t, trigger, d)) && RelativeDay(t, trigger, dates) is { } relative) return relative;
        bool sameTense = true;
        for (int node = trigger, depth = 0; node >= 0 && depth < 3; node = t.Head(node), depth++)
        {
            foreach (var d in dates)
            {
                if (!Attached(t, node, d)) continue;
                // The event's own time expression, or that of the verb it is the object or complement of ("would host
                // talks on Wednesday"), looks forward with the event; a coordinated verb's date keeps its own tense.
                var m = (forward || Prospective(t, d)) && sameTense ? DateResolver.Find(t.Doc, d.FirstToken, d.EndToken, anchor, future: true).FirstOrDefault() ?? d : d;
                return new ResolvedDate(m.Start, m.End, m.Precision, m.Text);
            }
            if (t.Rel(node) is not ("xcomp" or "obj" or "nsubj" or "obl" or "conj")) break;
            sameTense &= t.Rel(node) != "conj";
        }
        // One time expression in the sentence dates its events, wherever the parser attached it, unless it sits in
        // another clause than the event (a relative clause, a reported or subordinate clause).
        if (dates.Count == 1 && !AcrossClauses(t, trigger, dates[0], speechVerbs))
        {
            var only = forward || Prospective(t, dates[0]) ? DateResolver.Find(t.Doc, dates[0].FirstToken, dates[0].EndToken, anchor, future: true).FirstOrDefault() ?? dates[0] : dates[0];
            return new ResolvedDate(only.Start, only.End, only.Precision, only.Text);
        }
        return new ResolvedDate(anchor, anchor, DatePrecision.Publication, null);
    }

    /// <summary>
    /// "It then struck what it described as Hezbollah sites": an event told as following the one before it ("then",
    /// "later", "afterwards"), with no time expression in its sentence, shares the day of the last dated event of the
    /// sentence before, or of its one time expression. "Two days later" has a time of its own and is left to the time expressions.
    /// </summary>
    public static ResolvedDate? Following(SentenceTree t, int trigger, List<DateMention> dates, List<DateMention> before, int sentenceIndex, IReadOnlyList<EventRecord> earlier)
    {
        // The word itself ("later" has the lemma "late"), in any relation: a time word may have been relabeled (TimeWordRepair).
        int sequel = t.Children(trigger)
            .FirstOrDefault(a => t[a].Text.ToLowerInvariant() is "then" or "later" or "afterwards" or "afterward" or "subsequently" && !t.Children(a).Any(), -1);
        // "later" alone is read as a (vague) time expression too: it is the word of sequence, not a time of its own.
        if (sequel < 0 || dates.Any(d => d.FirstToken != sequel || d.EndToken != sequel + 1)) return null;
        if (before.Count == 1) return new ResolvedDate(before[0].Start, before[0].End, before[0].Precision, before[0].Text);
        for (int k = earlier.Count - 1; k >= 0; k--)
        {
            var e = earlier[k];
            if (e.SentenceIndex >= sentenceIndex) continue;
            if (e.SentenceIndex < sentenceIndex - 1) break;
            if (e.DatePrecision != DatePrecision.Publication && e.DateText is not null && e.Date is { } start)
                return new ResolvedDate(start, e.DateEnd ?? start, e.DatePrecision, e.DateText);
        }
        return null;
    }

    /// <summary>
    /// Whether the event lies ahead of the publication date, so that "on Wednesday" is the coming Wednesday: future
    /// modality ("will host", "plans to"), or a modal on the event's verb or the verb it is the object of, without a
    /// perfect ("said it would host talks on Wednesday"; not "may have rejected"). A warning made conditional by its
    /// content ("warned on Wednesday that ... would respond if") is itself past: its own verb has no modal.
    /// </summary>
    private static bool LooksAhead(SentenceTree t, int trigger, Modality modality)
    {
        if (modality == Modality.Future) return true;
        for (int node = trigger, depth = 0; node >= 0 && depth < 3; node = t.Head(node), depth++)
        {
            var aux = t.ChildrenWith(node, "aux").Select(t.Lemma).ToList();
            if (aux.Contains("have")) return false;
            if (aux.Any(a => a is "would" or "could" or "may" or "might" or "will" or "shall")) return true;
            if (t.Rel(node) is not ("obj" or "xcomp" or "nsubj" or "obl")) break;
        }
        return false;
    }

    /// <summary>"talks, to be held on Wednesday", "a summit scheduled for Friday": the time expression's own clause looks ahead.</summary>
    private static bool Prospective(SentenceTree t, DateMention d)
    {
        int verb = VerbAbove(t, d.FirstToken);
        return verb >= 0 && (Infinitive(t, verb) && t.ChildrenWith(verb, "aux", "aux:pass").All(a => t.Lemma(a) != "have") || t.Lemma(verb) is "schedule" or "set" or "due" or "plan");
    }

    private static bool Attached(SentenceTree t, int node, DateMention d)
    {
        for (int k = d.FirstToken; k < d.EndToken; k++)
            if (GovernedBy(t, node, k)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="node"/> is the clause that governs token <paramref name="k"/>: reached going up without passing another verb.</summary>
    private static bool GovernedBy(SentenceTree t, int node, int k)
    {
        for (int a = k, depth = 0; a >= 0 && depth <= t.End - t.First; a = t.Head(a), depth++)
        {
            if (a == node) return true;
            if (t[a].Upos is "VERB") return false;
        }
        return false;
    }

    /// <summary>
    /// Whether the time expression sits in another clause than the event: on the way from either up to where
    /// they meet lies a reported clause, a relative clause holding the time expression ("the forces it sent last
    /// week"), a relative clause holding the event under a verb, or an adverbial clause with a marker such as
    /// "after" or "because". Participle adjuncts ("raided the offices, detaining seven") and "when" clauses share
    /// the date; so does a relative clause on the noun the time expression modifies ("a day of chaos on Tuesday in
    /// which protesters stormed parliament").
    /// </summary>
    private static bool AcrossClauses(SentenceTree t, int trigger, DateMention d, ISet<string> speechVerbs)
    {
        int head = d.FirstToken;
        for (int k = d.FirstToken; k < d.EndToken; k++)
            if (t.Head(k) is var h && (h < d.FirstToken || h >= d.EndToken)) { head = k; break; }
        var up = new List<int>();
        for (int a = trigger, n = 0; a >= 0 && n <= t.End - t.First; a = t.Head(a), n++) up.Add(a);
        for (int a = head, n = 0; a >= 0 && n <= t.End - t.First; a = t.Head(a), n++)
        {
            int at = up.IndexOf(a);
            if (at >= 0) return up.Take(at).Any(x => Boundary(t, x, t[a].Upos is "NOUN" or "PROPN", speechVerbs.Contains(t.Lemma(a))));
            // A relative clause on the event noun itself dates it ("sanctions, which Washington imposed on Monday").
            if (Boundary(t, a, t.Head(a) == trigger, speechVerbs.Contains(t.Lemma(a)))) return true;
        }
        return false;
    }

    // A parataxis is a boundary only when the time expression is on a reporting verb ("..., officials said on Monday"):
    // the parser also uses it for clauses it could not attach (after a live-blog time stamp), which keep the sentence's date.
    // Infinitives ("urged the government to brief parliament this week") are the content of the verb they complete, not a
    // separately dated act. A participle on a noun that no verb governs ("• March 4: troops deployed near the border",
    // "CARICOM heads of government met on Sunday and ...") is the sentence's real predicate, misparsed.
    private static bool Boundary(SentenceTree t, int node, bool relativeOk, bool reporting) => t.Rel(node) switch
    {
        "ccomp" or "csubj" => true,
        "parataxis" => reporting,
        "acl" => !relativeOk && !Infinitive(t, node) && VerbAbove(t, node) >= 0,
        // "..., officials said on Monday" read as an unmarked adverbial clause is the same reporting clause as a parataxis.
        "advcl" => !Infinitive(t, node) && t.ChildrenWith(node, "mark").Any(m => t.Lemma(m) is not ("when" or "while" or "as"))
                   || reporting && !t.ChildrenWith(node, "mark").Any(),
        _ => false,
    };

    private static bool Infinitive(SentenceTree t, int verb) => t.ChildrenWith(verb, "mark").Any(m => t.Lemma(m) == "to");

    /// <summary>
    /// "on Saturday, a day after drones struck", "two days before the talks opened": an event in a clause
    /// introduced by "a day after" / "N days before" lies that many days from the date named just before the phrase.
    /// </summary>
    private static ResolvedDate? RelativeDay(SentenceTree t, int trigger, List<DateMention> dates)
    {
        for (int k = t.First + 2; k < trigger; k++)
        {
            if (t.Lemma(k) is not ("after" or "before") || VerbAbove(t, k) != trigger) continue;
            // "hours after" stays on the day named; "a day after", "two weeks before" move by whole days.
            int days = t.Lemma(k - 1) switch { "day" or "days" => 1, "week" or "weeks" => 7, "hours" => 0, _ => -1 };
            if (days < 0) continue;
            int count = days == 0 ? 0 : Count(t.Lemma(k - 2));
            if (days > 0 && count == 0) continue;
            int quantity = days == 0 ? k - 1 : k - 2;
            // The date the phrase counts from: a time expression ending just before it (a comma may separate them).
            int before = quantity - 1;
            while (before >= t.First && t[before].Upos == "PUNCT") before--;
            var from = dates.FirstOrDefault(d => d.EndToken - 1 == before && d.Precision == DatePrecision.Day);
            if (from is null) continue;
            var date = from.Start.AddDays(t.Lemma(k) == "after" ? -days * count : days * count);
            return new ResolvedDate(date, date, DatePrecision.Day, t.Text(quantity, k + 1));
        }
        return null;
    }

    /// <summary>The verb whose clause holds token <paramref name="k"/> (its nearest verb ancestor), or -1.</summary>
    private static int VerbAbove(SentenceTree t, int k)
    {
        for (int a = t.Head(k), n = 0; a >= 0 && n <= t.End - t.First; a = t.Head(a), n++)
            if (t[a].Upos == "VERB") return a;
        return -1;
    }

    private static int Count(string w) => w switch
    {
        "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
        _ => int.TryParse(w, out int n) && n is > 0 and < 60 ? n : 0,
    };
}
