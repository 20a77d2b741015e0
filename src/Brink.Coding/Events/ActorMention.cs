namespace Brink.Coding;

/// <summary>An actor as mentioned in the text and as resolved: country (ISO alpha-3), sector, code, office.</summary>
public sealed record ActorMention(string Text, int Start, int End)
{
    /// <summary>Canonical name when the knowledge base knows the actor.</summary>
    public string? Name { get; init; }
    /// <summary>Actor code (e.g. USAGOV, HAMAS).</summary>
    public string? Code { get; init; }
    /// <summary>ISO 3166-1 alpha-3 country, or null for international and unknown actors.</summary>
    public string? Country { get; init; }
    /// <summary>Sector code (GOV, MIL, REB, ...).</summary>
    public string? Sector { get; init; }
    /// <summary>Office held on the event date ("Secretary of State").</summary>
    public string? Role { get; init; }

    /// <summary>The country is only the story's main country, guessed for a description without one ("three soldiers").</summary>
    internal bool CountryFromStory { get; init; }
}
