using Brink.Text.Learning;

namespace Brink.Text.Entities;

/// <summary>
/// What the entity features read of one sentence: the word hashes and the per-token facts computed
/// once per sentence (tags, gazetteer matches, supersenses, capitalized runs) and the sentence's case style.
/// </summary>
internal readonly ref struct EntityInput
{
    public EntityInput(ReadOnlySpan<WordHashes> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<byte> gaz, ReadOnlySpan<byte> senses,
        ReadOnlySpan<byte> runs, ReadOnlySpan<long> runBounds, byte caseStyle)
    {
        Words = words; Tags = tags; Gaz = gaz; Senses = senses; Runs = runs; RunBounds = runBounds; CaseStyle = caseStyle;
    }

    public ReadOnlySpan<WordHashes> Words { get; }
    /// <summary>Hashes of the XPOS tags.</summary>
    public ReadOnlySpan<ulong> Tags { get; }
    /// <summary>Gazetteer matches, as <see cref="NameGazetteer.Tag"/> writes them.</summary>
    public ReadOnlySpan<byte> Gaz { get; }
    /// <summary>WordNet supersense ids of the tagger.</summary>
    public ReadOnlySpan<byte> Senses { get; }
    /// <summary>Capitalized runs, as <see cref="NameRuns.Mark"/> writes them.</summary>
    public ReadOnlySpan<byte> Runs { get; }
    /// <summary>The first and last word of the token's capitalized run (-1 outside runs), see <see cref="NameRuns.Bounds"/>.</summary>
    public ReadOnlySpan<long> RunBounds { get; }
    /// <summary>The sentence's capitalization style, <see cref="NameRuns.CaseStyle"/>.</summary>
    public byte CaseStyle { get; }

    public int Length => Words.Length;
}
