namespace Brink.Text.Parsing;

/// <summary>A training sentence for the parser: word and tag hashes (root at n), projectivized gold heads (root = n) and label ids.</summary>
internal sealed record ParserSample(ulong[] Words, ulong[] Tags, ulong[] Suffixes, ulong[] Senses, int[] GoldHeads, int[] GoldLabels)
{
    public int Length => GoldHeads.Length;
}
