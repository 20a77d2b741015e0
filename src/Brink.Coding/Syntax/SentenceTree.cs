using Brink.Text;

namespace Brink.Coding.Syntax;

/// <summary>
/// Navigation over one parsed sentence: children by relation, conjuncts, the preposition of an
/// oblique, subtree spans. Built once per sentence from the document's head indices.
/// </summary>
internal sealed class SentenceTree
{
    private readonly List<int>[] _children;
    private readonly string[] _lemmas, _rels, _fullRels;
    private readonly int[] _heads; // a copy of the parser's heads, so a repair (TimeWordRepair) can move a word
    private readonly bool[] _time;

    public SentenceTree(Doc doc, Sentence sentence, IReadOnlyList<EntitySpan> entities)
    {
        Doc = doc;
        Entities = EntitiesIn(entities, sentence.StartToken, sentence.EndToken);
        First = sentence.StartToken;
        End = sentence.EndToken;
        _children = new List<int>[sentence.Length];
        // Lemmas and relations are read many times per sentence; build their strings once.
        _lemmas = new string[sentence.Length];
        _rels = new string[sentence.Length];
        _fullRels = new string[sentence.Length];
        _heads = new int[sentence.Length];
        _time = new bool[sentence.Length];
        for (int i = 0; i < sentence.Length; i++)
        {
            var tok = doc[First + i];
            _lemmas[i] = tok.Lemma.ToLowerInvariant();
            _fullRels[i] = tok.Dep;
            int c = _fullRels[i].IndexOf(':');
            _rels[i] = c > 0 ? _fullRels[i][..c] : _fullRels[i];
            _heads[i] = tok.Head;
        }
        for (int i = 0; i < _children.Length; i++) _children[i] = [];
        for (int i = First; i < End; i++)
        {
            int h = doc[i].Head;
            if (h >= First && h < End) _children[h - First].Add(i);
        }
    }

    public Doc Doc { get; }

    /// <summary>
    /// The entities that start in [first, end). The document's entities come in token order, so a binary search finds the
    /// first: scanning them all for every sentence made coding time grow with the square of the article.
    /// </summary>
    private static List<EntitySpan> EntitiesIn(IReadOnlyList<EntitySpan> entities, int first, int end)
    {
        int lo = 0, hi = entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (entities[mid].FirstToken < first) lo = mid + 1; else hi = mid;
        }
        var mine = new List<EntitySpan>();
        for (int k = lo; k < entities.Count && entities[k].FirstToken < end; k++) mine.Add(entities[k]);
        return mine;
    }

    /// <summary>The named entities that start in this sentence.</summary>
    public IReadOnlyList<EntitySpan> Entities { get; }

    /// <summary>The entity covering token <paramref name="i"/>, if any.</summary>
    public EntitySpan? EntityAt(int i)
    {
        foreach (var e in Entities) if (e.FirstToken <= i && i < e.EndToken) return e;
        return null;
    }
    public int First { get; }
    public int End { get; }

    public Token this[int i] => Doc[i];

    public IReadOnlyList<int> Children(int i) => _children[i - First];

    /// <summary>The relation without its subtype ("nmod:poss" -> "nmod").</summary>
    public string Rel(int i) => _rels[i - First];

    public string FullRel(int i) => _fullRels[i - First];

    public string Lemma(int i) => _lemmas[i - First];

    public int Head(int i) { int h = _heads[i - First]; return h >= First && h < End ? h : -1; }

    /// <summary>Moves word <paramref name="i"/> under <paramref name="head"/> (-1: the sentence root) with relation <paramref name="rel"/>.</summary>
    public void Reattach(int i, int head, string rel)
    {
        if (Head(i) is int old and >= 0) _children[old - First].Remove(i);
        _heads[i - First] = head;
        _fullRels[i - First] = rel;
        int c = rel.IndexOf(':');
        _rels[i - First] = c > 0 ? rel[..c] : rel;
        if (head < 0) return;
        var list = _children[head - First];
        int at = 0;
        while (at < list.Count && list[at] < i) at++;
        list.Insert(at, i);
    }

    public IEnumerable<int> ChildrenWith(int i, params string[] rels)
    {
        foreach (int c in Children(i))
            if (Array.IndexOf(rels, FullRel(c)) >= 0 || Array.IndexOf(rels, Rel(c)) >= 0) yield return c;
    }

    /// <summary>The word and its conjuncts ("Jordan and Saudi Arabia").</summary>
    public List<int> WithConjuncts(int i)
    {
        var list = new List<int> { i };
        for (int k = 0; k < list.Count; k++)
            foreach (int c in ChildrenWith(list[k], "conj")) if (!list.Contains(c)) list.Add(c);
        return list;
    }

    /// <summary>The preposition (case marker) of an oblique or nominal modifier, lowercased, or null.</summary>
    public string? CaseOf(int i)
    {
        foreach (int c in ChildrenWith(i, "case")) return Lemma(c);
        return null;
    }

    /// <summary>Whether <paramref name="i"/> lies in the subtree of <paramref name="ancestor"/>.</summary>
    public bool Dominates(int ancestor, int i)
    {
        for (int k = 0; i >= 0 && k <= End - First; k++, i = Head(i)) if (i == ancestor) return true;
        return false;
    }

    /// <summary>Token range [first, end) of the noun phrase headed by <paramref name="i"/>, without clauses and appositions.</summary>
    public (int First, int End) Phrase(int i)
    {
        int lo = i, hi = i;
        foreach (int c in Children(i))
        {
            string r = Rel(c);
            if (r is "compound" or "flat" or "amod" or "det" or "nummod" or "nmod" && (r != "nmod" || FullRel(c) == "nmod:poss") || FullRel(c) == "nmod:poss")
            {
                var (a, b) = Phrase(c);
                lo = Math.Min(lo, a);
                hi = Math.Max(hi, b - 1);
            }
            else if (r is "case" && FullRel(i) == "nmod:poss" && c > i) hi = Math.Max(hi, c);
        }
        return (lo, hi + 1);
    }

    /// <summary>The whole subtree's token range (for quoting sources: "three people who attended the meeting").</summary>
    public (int First, int End) Subtree(int i)
    {
        int lo = i, hi = i;
        foreach (int c in Children(i))
        {
            if (Rel(c) == "punct") continue;
            var (a, b) = Subtree(c);
            lo = Math.Min(lo, a);
            hi = Math.Max(hi, b - 1);
        }
        return (lo, hi + 1);
    }

    public string Text(int first, int end) => Doc.Text[Doc[first].Start..Doc[end - 1].End];

    /// <summary>Marks tokens [first, end) as a time expression ("on Monday"), which no preposition slot may take as an argument.</summary>
    public void MarkTime(int first, int end)
    {
        for (int i = Math.Max(first, First); i < Math.Min(end, End); i++) _time[i - First] = true;
    }

    /// <summary>Whether the token is part of a time expression.</summary>
    public bool IsTime(int i) => i >= First && i < End && _time[i - First];
}
