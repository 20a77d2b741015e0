namespace Brink.Text.Parsing;

/// <summary>Attachment scores in percent over all words, punctuation included (CoNLL 2018), labels compared without subtypes.</summary>
internal sealed record ParserScore(double Uas, double Las)
{
    public Dictionary<string, double> ToMetrics() => new() { ["uas"] = Math.Round(Uas, 2), ["las"] = Math.Round(Las, 2) };

    public static string Universal(string label)
    {
        int i = label.IndexOfAny([':', Projectivity.Mark]);
        return i > 0 ? label[..i] : label;
    }
}
