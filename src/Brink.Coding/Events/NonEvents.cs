using Brink.Coding.Syntax;

namespace Brink.Coding.Events;

/// <summary>
/// Constructions that contain a trigger word but report no act: declining to comment, vowing not to be
/// intimidated, naming something ("what he called 'Operation X'"), and habits stated in the simple present
/// ("Brazil trades with both countries").
/// </summary>
internal static class NonEvents
{
    /// <summary>Material cooperation types whose simple present states a standing relation, not an act.</summary>
    private static readonly HashSet<string> StandingTypes = ["COOPERATE", "AID"];

    public static bool IsNonEvent(SentenceTree t, int trigger, bool noun, TriggerReading reading, ISet<string> speechVerbs, bool dated)
    {
        if (noun) return false;
        return NoComment(t, trigger, reading, speechVerbs) || Defiance(t, trigger, reading) || Naming(t, trigger, reading) || Habit(t, trigger, reading, dated);
    }

    /// <summary>"declined to comment", "refused to say": refusing to speak rejects no demand, offer or proposal.</summary>
    private static bool NoComment(SentenceTree t, int trigger, TriggerReading reading, ISet<string> speechVerbs) =>
        reading.Type == "REJECT" && t.ChildrenWith(trigger, "xcomp").Any(x => speechVerbs.Contains(t.Lemma(x)) || t.Lemma(x) is "elaborate" or "discuss");

    /// <summary>
    /// "Guyana will not be intimidated": a negated future passive with nobody named as doer is a vow of defiance,
    /// not a report that anyone threatened or pressed anyone. Only pressure verbs: a negated future concession
    /// ("the sanctions will not be lifted") is still coded, negated, as the gold conventions ask.
    /// </summary>
    private static bool Defiance(SentenceTree t, int trigger, TriggerReading reading)
    {
        if (reading.Type is not ("THREATEN" or "REQUEST")) return false;
        if (!t.ChildrenWith(trigger, "aux:pass").Any() || t.ChildrenWith(trigger, "obl:agent").Any() || t.ChildrenWith(trigger, "obl").Any(c => t.CaseOf(c) == "by")) return false;
        bool negated = t.Children(trigger).Any(c => t.Lemma(c) is "not" or "n't" or "never");
        bool ahead = t.ChildrenWith(trigger, "aux").Any(a => t.Lemma(a) is "will" or "would" or "shall" or "'ll");
        return negated && ahead;
    }

    /// <summary>"what he called 'Operation Cuyuni Shield'", "called the plan a betrayal": "call" that names is no phone call.</summary>
    private static bool Naming(SentenceTree t, int trigger, TriggerReading reading)
    {
        if (reading.Type != "CONSULT" || t.Lemma(trigger) != "call") return false;
        if (t.Rel(trigger) == "acl" && t.Head(trigger) is int h and >= 0 && t.Lemma(h) is "what") return true;
        return t.ChildrenWith(trigger, "obj", "iobj", "xcomp").Count() >= 2;
    }

    /// <summary>
    /// "Brazil trades with both countries": a cooperation verb in the simple present, with no auxiliary and no time
    /// expression, describes a standing relation; a specific act is dated or told in the past.
    /// </summary>
    private static bool Habit(SentenceTree t, int trigger, TriggerReading reading, bool dated) =>
        StandingTypes.Contains(reading.Type) && !dated && t[trigger].Xpos is "VBZ" or "VBP" && !t.ChildrenWith(trigger, "aux", "aux:pass").Any();
}
