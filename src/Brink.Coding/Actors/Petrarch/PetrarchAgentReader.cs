using System.Text.RegularExpressions;

namespace Brink.Coding.Actors.Petrarch;

/// <summary>
/// Reads Phoenix.agents.txt: "PATTERN {PLURAL} [~CODE]" lines and "!MACRO! = A, B" macros
/// ("!PERSON!" is man, men, woman, women, person). Yields (lower-case pattern, plural?, code).
/// </summary>
internal static partial class PetrarchAgentReader
{
    public static List<(string Pattern, bool Plural, string Code)> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    public static List<(string Pattern, bool Plural, string Code)> Read(TextReader reader)
    {
        var macros = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var result = new List<(string, bool, string)>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            int hash = line.IndexOf('#');
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (MacroPattern().Match(text) is { Success: true } macro)
            {
                macros[macro.Groups["name"].Value] = [.. macro.Groups["values"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
                continue;
            }
            if (AgentPattern().Match(text) is not { Success: true } agent) continue;
            var code = agent.Groups["code"].Value;
            foreach (var (pattern, plural) in Expand(agent.Groups["pattern"].Value, macros))
                result.Add((pattern, plural, code));
            foreach (var plural in agent.Groups["plural"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                result.Add((Words(plural), true, code));
        }
        return result;
    }

    /// <summary>The pattern with each macro replaced by each of its values; a value ending in "s" or "men" is plural. Macros inside a word ("AD!MINIST!RATION", a slip in the file) give nothing.</summary>
    private static IEnumerable<(string, bool)> Expand(string pattern, Dictionary<string, string[]> macros)
    {
        var m = UsePattern().Match(pattern);
        if (!m.Success)
        {
            yield return (Words(pattern), false);
            yield break;
        }
        if (!macros.TryGetValue(m.Value, out var values)) yield break;
        int end = m.Index + m.Length;
        if (end < pattern.Length && char.IsLetter(pattern[end]) && m.Index > 0 && char.IsLetter(pattern[m.Index - 1])) yield break;
        foreach (var value in values)
        {
            bool plural = value.EndsWith('S') || value.EndsWith("MEN", StringComparison.Ordinal);
            foreach (var (expanded, alsoPlural) in Expand(pattern[..m.Index] + value + pattern[end..], macros))
                yield return (expanded, plural || alsoPlural);
        }
    }

    private static string Words(string pattern) =>
        string.Join(' ', pattern.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    [GeneratedRegex(@"^(?<name>![A-Z]+!)\s*=\s*(?<values>.+)$")]
    private static partial Regex MacroPattern();

    [GeneratedRegex(@"^(?<pattern>[^\[{]+?)\s*(\{(?<plural>[^}]*)\})?\s*\[~(?<code>[A-Z]+)[\]}]")]
    private static partial Regex AgentPattern();

    [GeneratedRegex(@"![A-Z]+!")]
    private static partial Regex UsePattern();
}
