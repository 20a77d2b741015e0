using System.Globalization;
using Brink.Coding;

namespace Brink.Cli.Commands;

/// <summary>The CLI's article size limit: the web API's, raised with --max-chars, so no input codes for hours unnoticed.</summary>
internal static class ArticleSize
{
    /// <summary>The article, or a one-line error naming the input, its size and the option that raises the limit.</summary>
    public static Article Check(Article article, string input, int maxChars)
    {
        int n = article.Text.Length;
        if (n <= maxChars) return article;
        string where = article.Ref.Title is { } t ? $"'{input}' (article '{(t.Length > 40 ? t[..40] + "..." : t)}')" : $"'{input}'";
        throw new CliException(string.Create(CultureInfo.InvariantCulture,
            $"Input {where} has {n:N0} characters ({n / 1e6:0.0} MB); an article may have at most {maxChars:N0} unless --max-chars raises the limit (e.g. --max-chars {n})."));
    }
}
