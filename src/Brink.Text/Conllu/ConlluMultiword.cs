namespace Brink.Text.Conllu;

/// <summary>A multiword token range ("19-20 don't"): one surface token covering several words.</summary>
internal readonly record struct ConlluMultiword(int First, int Last, string Form, bool SpaceAfter);
