namespace Brink.Text.Learning;

/// <summary>Coarse orthographic facts about a word, used as features.</summary>
[Flags]
internal enum WordClass : byte
{
    None = 0,
    Title = 1,
    AllUpper = 2,
    HasDigit = 4,
    HasHyphen = 8,
    HasPunct = 16,
}
