using Brink.Coding;
using Brink.Coding.Annotations;

namespace Brink.Analysis;

/// <summary>
/// A Current Events file (date, story, text, sources) as one ingest input: each row an article published on its portal day,
/// titled by its story, with its cited outlets as its outlet and "ce" and its line as its id.
/// </summary>
public static class CurrentEventsInput
{
    /// <summary>The input; a bad row goes to <paramref name="skip"/> (file and line) and the rest are read, or without it rejects the file.</summary>
    public static IngestInput From(string path, Action<ArticleFormatException>? skip) =>
        new(path, () => CurrentEventsReader.Read(path, skip ?? (e => throw e)).Select(Article).ToList()) { Bytes = File.Exists(path) ? Math.Max(1, new FileInfo(path).Length) : 1 };

    /// <summary>A row as an article: its summary is the text, all of it body.</summary>
    public static Article Article(CurrentEventsRow row)
    {
        var article = EventExtractor.LineArticle(row.Text, row.Id, row.Date, row.Sources.Length > 0 ? row.Sources : null);
        return row.Story.Length > 0 ? article with { Ref = article.Ref with { Title = row.Story } } : article;
    }
}
