using Brink.Coding.Syntax;

namespace Brink.Coding.Learning;

/// <summary>
/// What the implicit-actor model sees of an event whose text names no actor: its type, its trigger, the voice, and the
/// recipient's kind. It decides whether the state acted unnamed ("Five officers are indicted": the judiciary; "a curfew is
/// imposed": the government) and which arm, or whether nobody is named (a bombing by no one named).
/// </summary>
internal static class ImplicitActorFeatures
{
    private enum T { Bias = 1, Type, Lemma, TypeLemma, Voice, Upos, RecipientKind, Head }

    public static void Add(FeatureBag f, SentenceTree t, int trigger, string type, IReadOnlyList<ActorMention> recipients)
    {
        f.Add((int)T.Bias);
        f.Add((int)T.Type, type);
        f.Add((int)T.Lemma, t.Lemma(trigger));
        f.Add((int)T.TypeLemma, type, t.Lemma(trigger));
        bool passive = t.Children(trigger).Any(c => t.FullRel(c) is "aux:pass" or "nsubj:pass");
        f.Add((int)T.Voice, type, passive ? "passive" : "active");
        f.Add((int)T.Upos, type, t[trigger].Upos);
        foreach (var r in recipients) f.Add((int)T.RecipientKind, type, r.Sector ?? "-");
        if (t.Head(trigger) is int h and >= 0) f.Add((int)T.Head, t.Rel(trigger), t.Lemma(h));
    }

    /// <summary>The classes: no implicit actor, or the sector of the state (or other) actor the text leaves unnamed.</summary>
    public static readonly string[] Labels = [CoderModel.None, "GOV", "MIL", "COP", "JUD", "LEG", "CVL", "REB", "OTHER"];

    public static int LabelOf(string? sector) => sector is null ? 0 : Array.IndexOf(Labels, sector) is var k and > 0 ? k : Labels.Length - 1;
}
