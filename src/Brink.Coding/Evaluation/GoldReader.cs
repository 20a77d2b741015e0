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
            int alt = AltTrigger(row.Table.HasColumn("notes") ? row.Optional("notes") : null, article.Text, start);
            events.Add(new GoldEvent(trigger, start, alt, row.Required("type"), Empty(row.Optional("mode")), Split(row.Optional("actor")), Split(row.Optional("recipient")),
                Empty(row.Optional("date")), row.Required("modality"), Empty(row.Table.HasColumn("speaker") ? row.Optional("speaker") : null), Split(row.Table.HasColumn("sources") ? row.Optional("sources") : null), row.Line));
        }
        return events;
    }

    /// <summary>"alt trigger: sanctions (...)" in the notes: the nearest occurrence of that word around the trigger.</summary>
    private static int AltTrigger(string? notes, string text, int start)
    {
        const string tag = "alt trigger: ";
        int at = notes?.IndexOf(tag, StringComparison.Ordinal) ?? -1;
        if (at < 0) return -1;
        var word = new string(notes!.Skip(at + tag.Length).TakeWhile(char.IsLetter).ToArray());
        if (word.Length == 0) return -1;
        int after = text.IndexOf(word, start, StringComparison.Ordinal), before = text.LastIndexOf(word, start, StringComparison.Ordinal);
        int best = -1;
        foreach (int c in new[] { after, before })
            if (c >= 0 && Math.Abs(c - start) < 120 && (best < 0 || Math.Abs(c - start) < Math.Abs(best - start))) best = c;
        return best;
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
