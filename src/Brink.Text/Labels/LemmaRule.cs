namespace Brink.Text;

/// <summary>
/// How to turn a word form into its lemma: strip characters from the end, append a suffix, and
/// optionally lowercase. Rules are learned from the treebank, so unseen words reuse them.
/// </summary>
internal readonly record struct LemmaRule(byte Strip, string Suffix, bool Lowercase)
{
    /// <summary>The rule that maps <paramref name="form"/> to <paramref name="lemma"/>.</summary>
    public static LemmaRule Derive(ReadOnlySpan<char> form, string lemma)
    {
        // A lemma without capitals lowercases the form, so "The" and "the" share one rule.
        bool lowercase = true;
        foreach (char c in lemma) if (char.IsUpper(c)) { lowercase = false; break; }
        int common = 0;
        while (common < form.Length && common < lemma.Length &&
               (lowercase ? char.ToLowerInvariant(form[common]) : form[common]) == lemma[common]) common++;
        int strip = form.Length - common;
        if (strip > 255) return new LemmaRule(255, lemma, lowercase);
        return new LemmaRule((byte)strip, lemma[common..], lowercase);
    }

    /// <summary>Whether the rule can apply to <paramref name="form"/> (it is long enough).</summary>
    public bool Fits(ReadOnlySpan<char> form) => Strip < form.Length || (Strip == form.Length && Suffix.Length > 0);

    /// <summary>The lemma of <paramref name="form"/> under this rule.</summary>
    public string Apply(ReadOnlySpan<char> form)
    {
        if (!Fits(form)) return form.ToString();
        int keep = form.Length - Strip;
        return string.Create(keep + Suffix.Length, (this, form.ToString()), static (dst, s) =>
        {
            var (rule, f) = s;
            int keep = f.Length - rule.Strip;
            for (int i = 0; i < keep; i++) dst[i] = rule.Lowercase ? char.ToLowerInvariant(f[i]) : f[i];
            rule.Suffix.AsSpan().CopyTo(dst[keep..]);
        });
    }

    /// <summary>Writes the lemma of <paramref name="form"/> into <paramref name="dest"/> (allocation-free); returns its length, or -1 when it does not fit.</summary>
    public int WriteTo(ReadOnlySpan<char> form, Span<char> dest)
    {
        if (!Fits(form)) return -1;
        int keep = form.Length - Strip, len = keep + Suffix.Length;
        if (len > dest.Length) return -1;
        for (int i = 0; i < keep; i++) dest[i] = Lowercase ? char.ToLowerInvariant(form[i]) : form[i];
        Suffix.AsSpan().CopyTo(dest[keep..]);
        return len;
    }

    /// <summary>Compact text form, "strip|suffix|L" (L when lowercasing), used in model files.</summary>
    public override string ToString() => $"{Strip}|{Suffix}|{(Lowercase ? "L" : "")}";

    /// <summary>Parses <see cref="ToString"/>'s form.</summary>
    public static LemmaRule Parse(string s)
    {
        int a = s.IndexOf('|'), b = s.LastIndexOf('|');
        return new LemmaRule(byte.Parse(s.AsSpan(0, a)), s[(a + 1)..b], b + 1 < s.Length && s[b + 1] == 'L');
    }
}
