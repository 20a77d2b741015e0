using System.Globalization;

namespace Brink.Cli.Commands;

/// <summary>Date options (YYYY-MM-DD) with errors that name the option.</summary>
internal static class CliDates
{
    public static DateOnly? Parse(string? value, string option) => value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new CliException($"{option} '{value}' is not a date; use YYYY-MM-DD.");
}
