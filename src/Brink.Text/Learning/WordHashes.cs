namespace Brink.Text.Learning;

/// <summary>
/// Per-token hashes every statistical component needs, computed once per document so feature
/// extraction is integer mixing only.
/// </summary>
internal struct WordHashes
{
    public ulong Form;
    public ulong Lower;
    public ulong Shape;
    public ulong Suf1, Suf2, Suf3, Suf4;
    public ulong Pre1, Pre2, Pre3;
    public WordClass Class;

    public static void Compute(ReadOnlySpan<char> w, ref WordHashes h)
    {
        h.Form = FeatureHash.Of(w);
        h.Lower = FeatureHash.OfLower(w);
        h.Shape = FeatureHash.Shape(w);
        h.Suf1 = FeatureHash.Suffix(w, 1);
        h.Suf2 = FeatureHash.Suffix(w, 2);
        h.Suf3 = FeatureHash.Suffix(w, 3);
        h.Suf4 = FeatureHash.Suffix(w, 4);
        h.Pre1 = FeatureHash.Prefix(w, 1);
        h.Pre2 = FeatureHash.Prefix(w, 2);
        h.Pre3 = FeatureHash.Prefix(w, 3);
        h.Class = WordClassOf(w);
    }

    /// <summary>Fills hashes for tokens [start, end) of <paramref name="doc"/> into <paramref name="buffer"/> from index 0.</summary>
    public static void Compute(Doc doc, int start, int end, Span<WordHashes> buffer)
    {
        for (int i = start; i < end; i++)
        {
            ref var t = ref doc.Data(i);
            Compute(doc.Text.AsSpan(t.Start, t.Length), ref buffer[i - start]);
        }
    }

    private static WordClass WordClassOf(ReadOnlySpan<char> w)
    {
        WordClass c = WordClass.None;
        bool allUpper = true, anyLetter = false;
        foreach (char ch in w)
        {
            if (char.IsDigit(ch)) c |= WordClass.HasDigit;
            else if (ch == '-') c |= WordClass.HasHyphen;
            else if (char.IsLetter(ch)) { anyLetter = true; if (!char.IsUpper(ch)) allUpper = false; }
            else if (char.IsPunctuation(ch) || char.IsSymbol(ch)) c |= WordClass.HasPunct;
        }
        if (w.Length > 0 && char.IsUpper(w[0])) c |= WordClass.Title;
        if (anyLetter && allUpper) c |= WordClass.AllUpper;
        return c;
    }
}
