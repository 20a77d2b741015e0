namespace Brink.Text.Parsing;

/// <summary>
/// Arc-eager transitions (Nivre 2003) with the dynamic oracle of Goldberg and Nivre (2012): the cost
/// of a transition is the number of gold arcs it makes unreachable, so training can follow the
/// model's own (possibly wrong) decisions and still learn the best next step.
/// </summary>
internal static class ArcEager
{
    public const int Count = 4;

    public static bool IsValid(ParseState s, Transition t)
    {
        int s0 = s.S0;
        return t switch
        {
            Transition.Shift => s.Buffer < s.N,
            Transition.Reduce => s0 >= 0 && s0 != s.N && s.Head[s0] >= 0,
            Transition.LeftArc => s0 >= 0 && s0 != s.N && s.Head[s0] < 0 && s.Buffer < s.N,
            Transition.RightArc => s0 >= 0 && s.Buffer < s.N,
            _ => false,
        };
    }

    public static void Apply(ParseState s, Transition t, int label)
    {
        switch (t)
        {
            case Transition.Shift:
                s.Stack[s.Depth++] = s.Buffer++;
                break;
            case Transition.Reduce:
                s.Depth--;
                break;
            case Transition.LeftArc:
                s.AddArc(s.Buffer, s.S0, label);
                s.Depth--;
                break;
            case Transition.RightArc:
                s.AddArc(s.S0, s.Buffer, label);
                s.Stack[s.Depth++] = s.Buffer++;
                break;
        }
    }

    /// <summary>Gold arcs lost by applying <paramref name="t"/>; <paramref name="gold"/> holds gold heads with the root as n.</summary>
    public static int Cost(ParseState s, Transition t, ReadOnlySpan<int> gold)
    {
        int s0 = s.S0, b = s.Buffer, n = s.N, cost = 0;
        switch (t)
        {
            case Transition.Shift:
                // b can no longer take a head from the stack, nor become the head of a headless stack word.
                for (int i = 0; i < s.Depth; i++)
                {
                    int k = s.Stack[i];
                    if (gold[b] == k) cost++;
                    if (k != n && s.Head[k] < 0 && gold[k] == b) cost++;
                }
                return cost;
            case Transition.Reduce:
                for (int k = b; k < n; k++) if (gold[k] == s0) cost++;
                return cost;
            case Transition.LeftArc:
                if (gold[s0] != b && gold[s0] > b && gold[s0] < n) cost++;
                for (int k = b; k < n; k++) if (gold[k] == s0) cost++;
                return cost;
            case Transition.RightArc:
                if (gold[b] != s0)
                {
                    if (gold[b] > b && gold[b] < n) cost++;
                    for (int i = 0; i < s.Depth; i++) if (s.Stack[i] == gold[b]) { cost++; break; }
                }
                for (int i = 0; i < s.Depth; i++)
                {
                    int k = s.Stack[i];
                    if (k != n && s.Head[k] < 0 && gold[k] == b) cost++;
                }
                return cost;
        }
        return int.MaxValue;
    }
}
