using System.Collections.Frozen;
using Brink.Coding;
using Brink.Coding.Actors;
using Brink.Coding.Data;

namespace Brink.Web.Data;

/// <summary>
/// Readable names for party codes (VEN: Venezuela, LUIZ_INACIO_LULA_DA_SILVA: Luiz Inacio Lula da Silva), read from
/// data/actors/ once; a code the data does not know keeps its spelling, made readable when it is a person's code.
/// </summary>
internal sealed class ActorNames(string? dataDir)
{
    private readonly Lazy<(ActorKnowledgeBase Kb, FrozenDictionary<string, string> Persons)?> _data = new(() => Load(dataDir));

    public string Name(string code) => _data.Value is not { } data ? Readable(code)
        : data.Kb.ByCode(code)?.Name ?? data.Persons.GetValueOrDefault(code) ?? Readable(code);

    private static (ActorKnowledgeBase, FrozenDictionary<string, string>)? Load(string? dataDir)
    {
        ActorKnowledgeBase kb;
        // Names are a courtesy: a missing or broken data folder leaves the codes, it does not break the view.
        try { kb = ActorKnowledgeBase.Load(EventExtractor.ResolveDataDir(dataDir)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DataFormatException) { return null; }
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        // Persons have no code in the data: the coder makes one from the name (PersonRecord.MakeCode), the same way as here.
        foreach (var term in kb.Terms) names.TryAdd(PersonCode(term.Person), term.Person);
        return (kb, names.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static string PersonCode(string name) => new(name.ToUpperInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());

    /// <summary>"SOME_NEW_PERSON" -> "Some New Person"; a short code (VEN, HAMAS) stays as it is.</summary>
    private static string Readable(string code) =>
        !code.Contains('_') ? code : string.Join(' ', code.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length <= 1 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
}
