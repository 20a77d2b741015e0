using System.Collections.Frozen;

namespace Brink.Coding.Ontology;

/// <summary>The PLOVER ontology (types, modes, contexts, scores, CAMEO mapping), loaded once from data/ontology/ and immutable.</summary>
public sealed class PloverOntology
{
    private readonly FrozenDictionary<string, EventTypeInfo> _types;
    private readonly FrozenDictionary<string, ModeInfo> _modes; // key "TYPE/mode"
    private readonly FrozenDictionary<string, ContextInfo> _contexts;
    private readonly FrozenDictionary<string, CameoMapping> _cameo; // first line per code

    internal PloverOntology(IReadOnlyList<EventTypeInfo> types, IReadOnlyList<ContextInfo> contexts, IReadOnlyList<CameoMapping> cameo)
    {
        Types = types;
        Contexts = contexts;
        CameoMappings = cameo;
        _types = types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        _modes = types.SelectMany(t => t.Modes).ToFrozenDictionary(m => ModeKey(m.Type, m.Name), StringComparer.Ordinal);
        _contexts = contexts.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);
        var firstByCode = new Dictionary<string, CameoMapping>(StringComparer.Ordinal);
        foreach (var mapping in cameo) firstByCode.TryAdd(mapping.Code, mapping);
        _cameo = firstByCode.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Loads data/ontology/ under <paramref name="dataDir"/> (the repository's data/ folder); throws DataFormatException naming file and line.</summary>
    public static PloverOntology Load(string dataDir) => OntologyLoader.Load(dataDir);

    /// <summary>The event types in file order.</summary>
    internal IReadOnlyList<EventTypeInfo> Types { get; }

    /// <summary>The contexts in file order, auxiliary modes included.</summary>
    internal IReadOnlyList<ContextInfo> Contexts { get; }

    /// <summary>Every line of the CAMEO-to-PLOVER table in file order.</summary>
    internal IReadOnlyList<CameoMapping> CameoMappings { get; }

    /// <summary>True if <paramref name="type"/> is one of the PLOVER types (case-sensitive, e.g. "ASSAULT").</summary>
    internal bool IsType(string type) => _types.ContainsKey(type);

    /// <summary>True if <paramref name="mode"/> is a mode defined for <paramref name="type"/>.</summary>
    internal bool IsMode(string type, string? mode) => !string.IsNullOrEmpty(mode) && _modes.ContainsKey(ModeKey(type, mode));

    /// <summary>True if <paramref name="context"/> is a context (or auxiliary mode) name.</summary>
    internal bool IsContext(string context) => _contexts.ContainsKey(context);

    /// <summary>The type's record; throws ArgumentException for an unknown type.</summary>
    internal EventTypeInfo Type(string type) =>
        _types.TryGetValue(type, out var info)
            ? info
            : throw new ArgumentException($"Unknown PLOVER type '{type}'; known types: {string.Join(", ", _types.Keys)}.", nameof(type));

    /// <summary>The quad category of a type.</summary>
    internal PloverQuad Quad(string type) => Type(type).Quad;

    /// <summary>The manual's score for type and mode; the type's default when the mode is empty or the manual gives it no score.</summary>
    internal double Score(string type, string? mode = null) => Mode(type, mode)?.Score ?? Type(type).DefaultScore;

    /// <summary>Nearest CAMEO code for type and mode: the mode's code, else the first table line with that type and mode, else the type's default.</summary>
    internal string CameoFor(string type, string? mode = null)
    {
        var info = Mode(type, mode);
        if (info is null) return Type(type).DefaultCameo;
        if (info.Cameo is not null) return info.Cameo;
        foreach (var mapping in CameoMappings)
        {
            if (mapping.Type == type && mapping.Mode == mode) return mapping.Code;
        }
        return Type(type).DefaultCameo;
    }

    /// <summary>The mapping of a CAMEO code; an unlisted code falls back to its nearest listed parent (0872 -> 087 -> 08). Null if none.</summary>
    internal CameoMapping? FromCameo(string code)
    {
        for (var key = code; key.Length >= 2; key = key[..^1])
        {
            if (_cameo.TryGetValue(key, out var mapping)) return mapping;
        }
        return null;
    }

    /// <summary>True if the code is listed in the CAMEO-to-PLOVER table itself.</summary>
    internal bool IsCameo(string code) => _cameo.ContainsKey(code);

    /// <summary>The mode record, null for an empty mode; throws ArgumentException for an unknown type or mode.</summary>
    internal ModeInfo? Mode(string type, string? mode)
    {
        var info = Type(type);
        if (string.IsNullOrEmpty(mode)) return null;
        return _modes.TryGetValue(ModeKey(type, mode), out var m)
            ? m
            : throw new ArgumentException($"PLOVER type {type} has no mode '{mode}'; its modes: {string.Join(", ", info.Modes.Select(x => x.Name))}.", nameof(mode));
    }

    private static string ModeKey(string type, string mode) => type + "/" + mode;
}
