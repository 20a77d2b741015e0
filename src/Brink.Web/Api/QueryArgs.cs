using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Brink.Web.Api;

/// <summary>
/// Parses query parameters with messages that say which parameter, what was given and what is expected
/// (parameters arrive as strings so a bad value gets this message rather than a bare 400).
/// </summary>
internal static partial class QueryArgs
{
    public static readonly string[] Modalities = ["asserted", "claimed", "conditional", "hypothetical", "future", "negated"];

    public static DateOnly? Date(string? value, string name)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw Bad(name, $"'{name}' must be a date written YYYY-MM-DD; got '{Clip(value)}'.");
    }

    public static int Int(string? value, string name, int fallback, int min, int max)
    {
        if (string.IsNullOrEmpty(value)) return fallback;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= min && n <= max) return n;
        throw Bad(name, $"'{name}' must be a whole number from {min} to {max}; got '{Clip(value)}'.");
    }

    public static bool Flag(string? value, string name) => value switch
    {
        null or "" or "false" or "0" => false,
        "true" or "1" => true,
        _ => throw Bad(name, $"'{name}' must be true or false; got '{Clip(value)}'."),
    };

    /// <summary>A party code: a country (VEN) or an actor code (HAMAS, USAGOV), upper-cased.</summary>
    public static string? Party(string? value, string name)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (PartyPattern().IsMatch(value)) return value.ToUpperInvariant();
        throw Bad(name, $"'{name}' must be a country or actor code such as VEN or HAMAS (letters and digits); got '{Clip(value)}'.");
    }

    public static string? EventType(string? value, string name)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (TypePattern().IsMatch(value)) return value.ToUpperInvariant();
        throw Bad(name, $"'{name}' must be a PLOVER event type such as ASSAULT or AGREE; got '{Clip(value)}'.");
    }

    public static string? Modality(string? value, string name)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var m = value.ToLowerInvariant();
        if (Modalities.Contains(m)) return m;
        throw Bad(name, $"'{name}' must be one of {string.Join(", ", Modalities)}; got '{Clip(value)}'.");
    }

    /// <summary>Checks that a range runs forwards.</summary>
    public static void Range(DateOnly? from, DateOnly? to)
    {
        if (from is { } f && to is { } t && t < f) throw Bad("to", $"'to' ({t:yyyy-MM-dd}) is before 'from' ({f:yyyy-MM-dd}).");
    }

    [DoesNotReturn]
    public static void Fail(string name, string message) => throw Bad(name, message);

    private static ApiArgumentException Bad(string name, string message) => new(name, message);

    /// <summary>Echoes at most 40 characters of a bad value: enough to recognise it, not a way to reflect a page back.</summary>
    private static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "...";

    [GeneratedRegex("^[A-Za-z0-9]{2,24}$")]
    private static partial Regex PartyPattern();

    [GeneratedRegex("^[A-Za-z_]{2,32}$")]
    private static partial Regex TypePattern();
}
