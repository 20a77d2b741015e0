namespace Brink.Coding.Annotations;

/// <summary>
/// An annotated actor code: "USA/GOV" (country and sector, either may be "?"), or an organisation code ("HAMAS", "UN").
/// </summary>
internal readonly record struct ActorCode(string? Country, string? Sector, string? Organization)
{
    /// <summary>Parses "CCC/SEC", "?/SEC", "CCC/?" or an organisation code; null when the text is none of these.</summary>
    public static ActorCode? Parse(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        int slash = code.IndexOf('/');
        if (slash < 0) return IsOrganization(code) ? new ActorCode(null, null, code) : null;
        string country = code[..slash], sector = code[(slash + 1)..];
        if (!(country == "?" || IsUpper(country, 3, 3)) || !(sector == "?" || IsUpper(sector, 3, 3))) return null;
        return new ActorCode(country == "?" ? null : country, sector == "?" ? null : sector, null);
    }

    private static bool IsOrganization(string code) => code.Length is >= 2 and <= 24 && code.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_') && char.IsAsciiLetterUpper(code[0]);

    private static bool IsUpper(string s, int min, int max) => s.Length >= min && s.Length <= max && s.All(char.IsAsciiLetterUpper);

    /// <inheritdoc />
    public override string ToString() => Organization ?? $"{Country ?? "?"}/{Sector ?? "?"}";
}
