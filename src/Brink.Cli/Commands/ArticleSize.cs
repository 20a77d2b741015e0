using System.Globalization;
using Brink.Coding;

namespace Brink.Cli.Commands;

/// <summary>The CLI's article size limit: the web API's, raised with --max-chars, so no input codes for hours unnoticed.</summary>
internal static class ArticleSize
{
    /// <summary>The article, or a one-line error naming the input, its size and the option that raises the limit.</summary>
    public static Article Check(Article article, string input, int maxChars) =>
        Problem(article, maxChars) is { } problem ? throw new CliException($"Input {Where(article, input)} {problem}.") : article;

    /// <summary>
    /// The input's articles within the limit; one over it is reported to <paramref name="skip"/> and left out, or, without
    /// <paramref name="skip"/> (--strict), rejects the input.
    /// </summary>
    public static IReadOnlyList<Article> Within(IReadOnlyList<Article> articles, string input, int maxChars, Action<ArticleFormatException>? skip)
    {
        var kept = new List<Article>(articles.Count);
        for (int k = 0; k < articles.Count; k++)
        {
            var a = articles[k];
            if (Problem(a, maxChars) is not { } problem) { kept.Add(a); continue; }
            var error = new ArticleFormatException(input, $"article {k + 1}{(a.Ref.Title is { } t ? $" ('{Short(t)}')" : "")} {problem}");
            if (skip is null) throw error;
            skip(error);
        }
        return kept;
    }

    private static string? Problem(Article article, int maxChars)
    {
        int n = article.Text.Length;
        return n <= maxChars ? null : string.Create(CultureInfo.InvariantCulture,
            $"has {n:N0} characters ({n / 1e6:0.0} MB); an article may have at most {maxChars:N0} unless --max-chars raises the limit (e.g. --max-chars {n})");
    }

    private static string Where(Article article, string input) => article.Ref.Title is { } t ? $"'{input}' (article '{Short(t)}')" : $"'{input}'";

    private static string Short(string s) => s.Length > 40 ? s[..40] + "..." : s;
}
