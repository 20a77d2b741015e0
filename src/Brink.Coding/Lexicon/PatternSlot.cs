namespace Brink.Coding.Lexicon;

/// <summary>The dependent a pattern token asks for (+prt, +obj, +subj, +prep, +xcomp, +mod).</summary>
internal enum PatternSlot
{
    Particle,
    Object,
    Subject,
    Preposition,
    Xcomp,
    Modifier,
}
