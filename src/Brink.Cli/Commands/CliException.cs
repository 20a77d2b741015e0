namespace Brink.Cli.Commands;

/// <summary>A user error the CLI reports as one line and a non-zero exit code, without a stack trace.</summary>
internal sealed class CliException(string message) : Exception(message);
