namespace Brink.Cli.Commands;

/// <summary>A command used without what it needs: reported as one "usage:" line with exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
