using Brink.Text;
using Brink.Text.Conllu;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands;

/// <summary>Turns any failure into one line on standard error and an exit code: 2 for usage, 1 for input and data errors.</summary>
internal static class ErrorReport
{
    public static int Print(Exception ex, IReadOnlyList<string>? args = null)
    {
        var inner = ex is AggregateException { InnerException: { } i } ? i : ex;
        string message = inner switch
        {
            CommandParseException p when UnknownOption.Explain(p.Message, args ?? []) is { } explained => $"usage: {explained}",
            CommandParseException or CommandRuntimeException or CliUsageException => $"usage: {inner.Message}",
            CliException or ModelFormatException or ConlluFormatException or Brink.Coding.ArticleFormatException or Brink.Coding.Data.DataFormatException or Brink.Store.StoreException or Brink.Queue.QueueException => inner.Message,
            FileNotFoundException or DirectoryNotFoundException or IOException or UnauthorizedAccessException => inner.Message,
            _ => $"unexpected {inner.GetType().Name}: {inner.Message}",
        };
        Console.Error.WriteLine("brink: " + message.ReplaceLineEndings(" "));
        return inner is CommandParseException or CommandRuntimeException or CliUsageException ? 2 : 1;
    }
}
