namespace Brink.Coding;

/// <summary>How exact a resolved date is.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day.</summary>
    Day,
    /// <summary>A calendar week (Monday to Sunday).</summary>
    Week,
    /// <summary>A calendar month.</summary>
    Month,
    /// <summary>A calendar year.</summary>
    Year,
    /// <summary>A span of days (e.g. "over the last 24 hours", "in recent days").</summary>
    Range,
    /// <summary>No date in the text: the publication date stands in.</summary>
    Publication,
}
