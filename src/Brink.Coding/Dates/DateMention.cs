namespace Brink.Coding;

/// <summary>A time expression in the text resolved to dates: [Start, End] inclusive, with its precision and character span.</summary>
internal sealed record DateMention(string Text, int CharStart, int CharEnd, int FirstToken, int EndToken, DateOnly Start, DateOnly End, DatePrecision Precision);
