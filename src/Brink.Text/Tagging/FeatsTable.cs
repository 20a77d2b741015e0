using Brink.Text.Learning;

namespace Brink.Text.Tagging;

/// <summary>
/// Morphological features the cheap way: the bundle seen most often with (word, XPOS) in training,
/// else with the tag pair alone. English morphology is mostly implied by the PTB tag.
/// </summary>
internal sealed class FeatsTable(LabelTable names, WordMap<int> byWord, WordMap<int> byTag)
{
    public LabelTable Names => names;

    private static ulong WordKey(ulong lower, int xpos) => FeatureHash.Mix(111, lower, (ulong)xpos);

    private static ulong TagKey(int upos, int xpos) => FeatureHash.Mix(112, (ulong)upos, (ulong)xpos);

    public int Lookup(ulong lower, int upos, int xpos) =>
        byWord.TryGetValue(WordKey(lower, xpos), out int id) ? id :
        byTag.TryGetValue(TagKey(upos, xpos), out id) ? id : -1;

    public static FeatsTable Build(IEnumerable<(string Form, int Upos, int Xpos, string Feats)> words)
    {
        var names = new LabelTable();
        var byWord = new MajorityMap();
        var byTag = new MajorityMap();
        foreach (var (form, upos, xpos, feats) in words)
        {
            int id = names.Add(feats);
            byWord.Count(WordKey(FeatureHash.OfLower(form), xpos), id);
            byTag.Count(TagKey(upos, xpos), id);
        }
        var tag = byTag.Build();
        // A word seen once says little about its morphology: it falls back to its tags' bundle.
        var word = byWord.Build(minCount: 2);
        return new FeatsTable(names, word, tag);
    }

    public void Write(BinaryWriter w)
    {
        w.WriteStrings(names.Names);
        w.Write(byWord);
        w.Write(byTag);
    }

    public static FeatsTable Read(BinaryReader r) => new(new LabelTable(r.ReadStrings()), r.ReadIntMap(), r.ReadIntMap());
}
