namespace Brink.Coding.Actors.Petrarch;

/// <summary>One actor entry of a PETRARCH2 dictionary: its root phrase, its "+" synonyms and its codes, as written (upper case, "_" for spaces).</summary>
internal sealed class PetrarchEntry(string phrase)
{
    public string Phrase { get; } = phrase;

    public List<string> Synonyms { get; } = [];

    public List<PetrarchCode> Codes { get; set; } = [];
}
