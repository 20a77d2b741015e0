namespace Brink.Coding.Actors.Petrarch;

/// <summary>
/// One bracketed code of a PETRARCH2 actor entry ("[GBRGOVJUD 070701-081031]"): the CAMEO code and the
/// dates it holds between; a null bound is open ("&gt;100601" has no end, "&lt;100601" no start, no dates neither).
/// </summary>
internal sealed record PetrarchCode(string Code, DateOnly? Start, DateOnly? End)
{
    public bool IsDated => Start is not null || End is not null;
}
