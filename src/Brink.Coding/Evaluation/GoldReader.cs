using Brink.Coding.Data;

namespace Brink.Coding.Evaluation;

/// <summary>Reads a gold annotation file against its article text, locating each trigger by occurrence.</summary>
internal static class GoldReader
{
    public static List<GoldEvent> Read(string tsvPath, Article article)
    {
        var table = TsvTable.Load(tsvPath, "trigger", "occurrence", "type", "actor", "recipient", "date", "modality");
        var events = new List<GoldEvent>();
        foreach (var row in table.Rows)
        {
            string trigger = row.Required("trigger");
            int occurrence = int.TryParse(row.Required("occurrence"), out int o) && o > 0 ? o : throw row.Error("occurrence", "must be a whole number from 1");
            int start = Find(article.Text, trigger, article.BodyStart, occurrence);
            if (start < 0) throw row.Error("trigger", $"'{trigger}' does not occur {occurrence} time(s) in the article body");
            events.Add(new GoldEvent(trigger, start, row.Required("type"), Empty(row.Optional("mode")), Split(row.Optional("actor")), Split(row.Optional("recipient")),
                Empty(row.Optional("date")), row.Required("modality"), Empty(row.Table.HasColumn("speaker") ? row.Optional("speaker") : null), Split(row.Table.HasColumn("sources") ? row.Optional("sources") : null), row.Line));
        }
        return events;
    }

    private static int Find(string text, string word, int from, int occurrence)
    {
        int at = from - 1;
        for (int k = 0; k < occurrence; k++)
        {
            at = text.IndexOf(word, at + 1, StringComparison.Ordinal);
            if (at < 0) return -1;
        }
        return at;
    }

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static IReadOnlyList<string> Split(string? s) =>
        string.IsNullOrWhiteSpace(s) ? [] : s.Split(" ; ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
