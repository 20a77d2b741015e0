namespace Brink.Coding.Events;

/// <summary>What the coder needs to know about the world: trigger readings, actors, roles, reporting verbs, scores.</summary>
internal interface ICodingKnowledge
{
    IReadOnlyList<TriggerReading> Triggers(string lemma, bool noun);
    /// <summary>What the PETRARCH2 CAMEO dictionary says a verb codes: its block's type (or "") and its patterns' two commonest types.</summary>
    IReadOnlyList<string> CameoVerbTypes(string lemma);
    /// <summary>
    /// An actor named by the words of a mention ("Blinken", "the Kremlin", "Hamas"), as of <paramref name="date"/>;
    /// a name shared by several organizations takes the one of the story's countries (most named first).
    /// </summary>
    ActorMention? ResolveName(string text, int start, int end, DateOnly date, IReadOnlyList<string> storyCountries);
    /// <summary>Country code for a national adjective or demonym ("Iranian", "U.S.").</summary>
    string? CountryOfAdjective(string word);
    /// <summary>Sector for a role noun ("official" GOV, "troops" MIL).</summary>
    string? SectorOfRole(string lemma);
    /// <summary>The holder of an office on a date ("Secretary of State", USA).</summary>
    ActorMention? OfficeHolder(string role, string? country, DateOnly date, string text, int start, int end);
    /// <summary>Country of a place name ("Erbil" IRQ, "Tehran" IRN), or null.</summary>
    string? PlaceCountry(string name, DateOnly date);
    ISet<string> SpeechVerbs { get; }
    double? Score(string type, string? mode);
    /// <summary>PLOVER contexts the CAMEO conversion table gives for a code ("0312" military).</summary>
    IReadOnlyList<string> Contexts(string? cameo);
    string? Quad(string type);
    /// <summary>The CAMEO neighbour of a PLOVER type and mode (the type's default when the mode has none).</summary>
    string? CameoFor(string type, string? mode);
}
