namespace Brink.Text;

/// <summary>
/// A text and its analysis: tokens with offsets into <see cref="Text"/>, sentences, tags, lemmas,
/// dependencies and entities. Pipeline components add their annotations in place.
/// </summary>
public sealed class Doc
{
    private TokenData[] _tokens;
    private int _count;
    private int[] _sentenceStarts = [];
    private int _sentenceCount;

    /// <summary>Creates an empty document over <paramref name="text"/>.</summary>
    internal Doc(string text, LabelSet? labels = null)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Labels = labels ?? LabelSet.Empty;
        _tokens = new TokenData[Math.Max(16, text.Length / 4)];
    }

    /// <summary>The original text; every offset points into it.</summary>
    internal string Text { get; }

    /// <summary>The label tables that give the integer annotations their names.</summary>
    internal LabelSet Labels { get; set; }

    /// <summary>Number of tokens.</summary>
    public int Count => _count;

    /// <summary>The token at <paramref name="index"/>.</summary>
    internal Token this[int index] => (uint)index < (uint)_count
        ? new Token(this, index)
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"The document has {_count} tokens.");

    /// <summary>Number of sentences (after sentence splitting).</summary>
    internal int SentenceCount => _sentenceCount;

    /// <summary>The sentence at <paramref name="index"/>.</summary>
    internal Sentence Sentence(int index) => (uint)index < (uint)_sentenceCount
        ? new Sentence(this, _sentenceStarts[index], index + 1 < _sentenceCount ? _sentenceStarts[index + 1] : _count, index)
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"The document has {_sentenceCount} sentences.");

    /// <summary>All sentences in order.</summary>
    public IEnumerable<Sentence> Sentences
    {
        get
        {
            for (int i = 0; i < _sentenceCount; i++) yield return Sentence(i);
        }
    }

    /// <summary>All tokens in order.</summary>
    internal IEnumerable<Token> Tokens
    {
        get
        {
            for (int i = 0; i < _count; i++) yield return new Token(this, i);
        }
    }

    /// <summary>Named entities decoded from the tokens' BILOU tags.</summary>
    public IEnumerable<EntitySpan> Entities
    {
        get
        {
            int start = -1;
            for (int i = 0; i < _count; i++)
            {
                string tag = Labels.Entities.Name(_tokens[i].Entity);
                if (tag.Length < 3) { start = -1; continue; }
                char kind = tag[0];
                if (kind == 'U') yield return Span(tag[2..], i, i + 1);
                else if (kind == 'B') start = i;
                else if (kind == 'L' && start >= 0) { yield return Span(tag[2..], start, i + 1); start = -1; }
            }
        }
    }

    private EntitySpan Span(string label, int first, int end) => new(label, first, end, _tokens[first].Start, _tokens[end - 1].End);

    internal Span<TokenData> TokenData => _tokens.AsSpan(0, _count);

    private Learning.WordHashes[]? _hashes;

    /// <summary>Per-token hashes shared by the statistical components, computed on first use.</summary>
    internal ReadOnlySpan<Learning.WordHashes> Hashes
    {
        get
        {
            if (_hashes is null || _hashes.Length < _count)
            {
                _hashes = new Learning.WordHashes[_count];
                Learning.WordHashes.Compute(this, 0, _count, _hashes);
            }
            return _hashes.AsSpan(0, _count);
        }
    }

    internal ref TokenData Data(int index) => ref _tokens[index];

    /// <summary>Which sentences the parser analyses (all when null); the entities and tags are there when it asks.</summary>
    internal Predicate<Sentence>? ParseFilter { get; set; }

    internal void AddToken(int start, int length, TokenFlags flags)
    {
        if (_count == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
        _tokens[_count++] = new TokenData { Start = start, Length = length, Flags = flags, Head = -1, Lemma = -1, Feats = -1, Xpos = -1 };
    }

    /// <summary>Rebuilds the sentence index from the <see cref="TokenFlags.SentenceStart"/> flags.</summary>
    internal void IndexSentences()
    {
        if (_sentenceStarts.Length < _count + 1) _sentenceStarts = new int[_count + 1];
        _sentenceCount = 0;
        for (int i = 0; i < _count; i++)
        {
            if (i == 0) _tokens[0].Flags |= TokenFlags.SentenceStart;
            if ((_tokens[i].Flags & TokenFlags.SentenceStart) != 0) _sentenceStarts[_sentenceCount++] = i;
        }
    }

    /// <summary>Index of the sentence that holds token <paramref name="tokenIndex"/>.</summary>
    internal int SentenceOf(int tokenIndex)
    {
        int lo = 0, hi = _sentenceCount - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (_sentenceStarts[mid] <= tokenIndex) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}
