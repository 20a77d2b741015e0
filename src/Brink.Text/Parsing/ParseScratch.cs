using Brink.Text.Learning;

namespace Brink.Text.Parsing;

/// <summary>Per-thread buffers for parsing one sentence, grown as needed and reused.</summary>
internal sealed class ParseScratch
{
    public static readonly ulong RootWord = FeatureHash.OfString("<root>");
    public static readonly ulong RootTag = FeatureHash.OfString("<ROOT>");
    public const ulong RootSense = 0xFF;

    public readonly ParseState State = new();
    public ulong[] Words = new ulong[64];
    public ulong[] Tags = new ulong[64];
    public ulong[] Suffixes = new ulong[64];
    public ulong[] Senses = new ulong[64];
    public int[] Heads = new int[64];
    public int[] Labels = new int[64];

    /// <summary>The parser's tag feature: UPOS and PTB tag together (AUX and VERB share VBZ, for one).</summary>
    public static ulong TagHash(ulong upos, ulong xpos) => FeatureHash.Mix(0x7A, upos, xpos);

    public void Prepare(int n)
    {
        if (Words.Length >= n + 1) return;
        int cap = Math.Max(n + 1, Words.Length * 2);
        Words = new ulong[cap]; Tags = new ulong[cap]; Suffixes = new ulong[cap]; Senses = new ulong[cap]; Heads = new int[cap]; Labels = new int[cap];
    }
}
