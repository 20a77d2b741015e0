using System.Text.Json;
using Brink.Coding.Annotations;
using Brink.Coding.Data;

namespace Brink.Cli.Commands.Annotations;

/// <summary>Reads the JSON lines `brink annotations sample` writes back into rows.</summary>
internal static class SampleFile
{
    public static List<CurrentEventsRow> Read(string path)
    {
        if (!File.Exists(path)) throw new CliException($"Sample file '{path}' does not exist (write it with brink annotations sample --out FILE).");
        var rows = new List<CurrentEventsRow>();
        int line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0) continue;
            try
            {
                var o = JsonDocument.Parse(raw).RootElement;
                string id = o.GetProperty("id").GetString()!;
                rows.Add(new CurrentEventsRow(int.Parse(id.AsSpan(2)), DateOnly.ParseExact(o.GetProperty("date").GetString()!, "yyyy-MM-dd"),
                    o.GetProperty("story").GetString()!, o.GetProperty("text").GetString()!, o.GetProperty("sources").GetString()!));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new DataFormatException(path, line, null, null, $"not a sample row (id, date, story, text, sources): {e.Message}");
            }
        }
        return rows;
    }
}
