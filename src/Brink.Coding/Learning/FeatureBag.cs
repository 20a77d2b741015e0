using Brink.Text.Learning;

namespace Brink.Coding.Learning;

/// <summary>
/// The features of one decision, as 64-bit hashes of (template, values): the coder's models are perceptrons over
/// these, as the text models are. Templates are small integers so two templates never share a hash by design.
/// </summary>
internal sealed class FeatureBag
{
    private readonly List<ulong> _features = new(64);

    public int Count => _features.Count;

    public ReadOnlySpan<ulong> Span => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_features);

    public void Clear() => _features.Clear();

    public void Add(int template) => _features.Add(FeatureHash.Mix((ulong)template, 0x5bd1e995UL));

    public void Add(int template, string a) => _features.Add(FeatureHash.Mix((ulong)template, FeatureHash.OfLower(a)));

    public void Add(int template, string a, string b) => _features.Add(FeatureHash.Mix((ulong)template, FeatureHash.OfLower(a), FeatureHash.OfLower(b)));

    public void Add(int template, string a, string b, string c) =>
        _features.Add(FeatureHash.Mix((ulong)template, FeatureHash.OfLower(a), FeatureHash.OfLower(b), FeatureHash.OfLower(c)));

    /// <summary>Every feature again, conjoined with <paramref name="value"/> (a type, a role), as new features beside the plain ones.</summary>
    public void CrossAll(int template, string value)
    {
        ulong v = FeatureHash.OfLower(value);
        int n = _features.Count;
        for (int k = 0; k < n; k++) _features.Add(FeatureHash.Mix((ulong)template, _features[k], v));
    }

    public ulong[] ToArray() => [.. _features];
}
