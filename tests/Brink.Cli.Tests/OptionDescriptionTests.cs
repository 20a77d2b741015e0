using System.ComponentModel;
using System.Reflection;
using Spectre.Console.Cli;

namespace Brink.Cli.Tests;

/// <summary>
/// Every option and argument of every command has a description, so `--help` never shows a bare `--epochs`. Found by
/// reflection over the command types of the `brink` assembly, so a command added later is checked without being listed.
/// </summary>
public sealed class OptionDescriptionTests
{
    private static readonly Assembly Cli = Assembly.Load("brink");

    /// <summary>The settings type of each command: the TSettings of its ICommand&lt;TSettings&gt;.</summary>
    private static List<(Type Command, Type Settings)> Commands() =>
        Cli.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>))
                .Select(i => (t, i.GetGenericArguments()[0])))
            .ToList();

    [Fact]
    public void Every_option_and_argument_has_a_description()
    {
        var commands = Commands();
        // The walk must see the commands, including the one whose --epochs and --seed had no description.
        Assert.True(commands.Count >= 20, $"only {commands.Count} commands found in {Cli.GetName().Name}");
        Assert.Contains(commands, c => c.Command.Name == "TrainCodingCommand");

        var bare = commands
            .SelectMany(c => c.Settings.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Where(p => p.IsDefined(typeof(CommandOptionAttribute)) || p.IsDefined(typeof(CommandArgumentAttribute)))
                .Where(p => string.IsNullOrWhiteSpace(p.GetCustomAttribute<DescriptionAttribute>()?.Description))
                .Select(p => $"{c.Command.Name}: {Shown(p)}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(bare.Count == 0, $"{bare.Count} options and arguments have no [Description]:\n" + string.Join("\n", bare));
    }

    private static string Shown(PropertyInfo p) =>
        p.GetCustomAttribute<CommandOptionAttribute>() is { } o
            ? string.Join(", ", o.LongNames.Select(n => "--" + n).Concat(o.ShortNames.Select(n => "-" + n)))
            : $"argument {p.GetCustomAttribute<CommandArgumentAttribute>()!.ValueName}";
}
