using System.Reflection;
using System.Text.RegularExpressions;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands;

/// <summary>Spectre's "Unknown option" error, completed with the command it was given to and its nearest real option.</summary>
internal static partial class UnknownOption
{
    [GeneratedRegex(@"^Unknown option '([^']+)'")] private static partial Regex Message();

    /// <summary>The better message, or null when <paramref name="message"/> is not about an unknown option.</summary>
    public static string? Explain(string message, IReadOnlyList<string> args)
    {
        if (Message().Match(message) is not { Success: true } m) return null;
        string given = "--" + m.Groups[1].Value.TrimStart('-');
        // The command's words come before its first option: "bench coding" is BenchCodingCommand, as every command is named.
        var words = args.TakeWhile(a => !a.StartsWith('-')).ToList();
        for (int n = words.Count; n > 0; n--)
        {
            string name = string.Concat(words.Take(n).Select(w => w.Length == 0 ? "" : char.ToUpperInvariant(w[0]) + w[1..])) + "Command";
            var command = typeof(UnknownOption).Assembly.GetTypes().FirstOrDefault(t => t.Name == name);
            if (command?.GetNestedType("Settings", BindingFlags.NonPublic | BindingFlags.Public) is not { } settings) continue;
            var options = settings.GetProperties().SelectMany(p => p.GetCustomAttributes<CommandOptionAttribute>()).SelectMany(o => o.LongNames).Select(l => "--" + l).ToList();
            string shown = "brink " + string.Join(' ', words.Take(n));
            return $"unknown option '{given}' for {shown}; did you mean {string.Join(" or ", Nearest.To(given, options, 1))}? (`{shown} --help` lists its options; nothing was done)";
        }
        return $"unknown option '{given}'; `brink --help` lists the commands and `brink COMMAND --help` their options.";
    }
}
