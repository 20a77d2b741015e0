namespace Brink.Text.Parsing;

/// <summary>
/// The configuration of the arc-eager transition system over one sentence of n words: a stack,
/// the buffer front, assigned heads and labels, and per-word child summaries the features read.
/// Word n is the artificial root. Arrays are reused across sentences, so parsing allocates nothing.
/// </summary>
internal sealed class ParseState
{
    public int N;
    public int[] Stack = new int[64];
    public int Depth;
    public int Buffer;
    public int[] Head = new int[64];
    public int[] Label = new int[64];
    public int[] Left = new int[64], Left2 = new int[64], Right = new int[64], Right2 = new int[64];
    public int[] LeftCount = new int[64], RightCount = new int[64];
    public ulong[] LeftLabels = new ulong[64], RightLabels = new ulong[64];

    public void Reset(int n)
    {
        if (Head.Length < n + 2)
        {
            int cap = Math.Max(n + 2, Head.Length * 2);
            Stack = new int[cap]; Head = new int[cap]; Label = new int[cap];
            Left = new int[cap]; Left2 = new int[cap]; Right = new int[cap]; Right2 = new int[cap];
            LeftCount = new int[cap]; RightCount = new int[cap];
            LeftLabels = new ulong[cap]; RightLabels = new ulong[cap];
        }
        N = n;
        for (int i = 0; i <= n; i++)
        {
            Head[i] = -1; Label[i] = -1;
            Left[i] = Left2[i] = Right[i] = Right2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
        }
        Depth = 0;
        Stack[Depth++] = n;
        Buffer = 0;
    }

    public bool IsTerminal => Buffer >= N;

    public int S0 => Depth > 0 ? Stack[Depth - 1] : -1;

    public int S1 => Depth > 1 ? Stack[Depth - 2] : -1;

    public int B(int k) => Buffer + k < N ? Buffer + k : -1;

    public void AddArc(int head, int dep, int label)
    {
        Head[dep] = head;
        Label[dep] = label;
        ulong bit = 1UL << (label & 63);
        if (dep < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= bit;
            if (Left[head] < 0 || dep < Left[head]) { Left2[head] = Left[head]; Left[head] = dep; }
            else if (Left2[head] < 0 || dep < Left2[head]) Left2[head] = dep;
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= bit;
            if (Right[head] < 0 || dep > Right[head]) { Right2[head] = Right[head]; Right[head] = dep; }
            else if (Right2[head] < 0 || dep > Right2[head]) Right2[head] = dep;
        }
    }
}
