using System.Text.Json;
using Brink.Coding.Tests.Data;

namespace Brink.Coding.Tests.Output;

/// <summary>Written events carry every field the schema requires, with the allowed values (a light check of docs/event-format.schema.json; no validator package).</summary>
public sealed class EventSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoData.Dir, "..", "docs", "event-format.schema.json"))).RootElement;

    [Fact]
    public void Every_written_event_has_the_required_fields_and_allowed_values()
    {
        var extractor = EventExtractor.Load(Path.Combine(RepoData.Dir, "..", "models"), RepoData.Dir);
        var article = EventExtractor.ReadArticle("Title: t\nPublished: 2024-04-16\nOutlet: Brink Wire\n\nRussian forces attacked Kharkiv on Monday, Ukrainian officials said. The United States imposed new sanctions on Iran.\n", "t");
        var events = extractor.Code(article);
        Assert.NotEmpty(events);
        var required = Schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).ToList();
        var types = Schema.GetProperty("properties").GetProperty("event_type").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToHashSet();
        var modalities = Schema.GetProperty("properties").GetProperty("modality").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToHashSet();
        foreach (var e in events)
        {
            using var ms = new MemoryStream();
            using (var w = new Utf8JsonWriter(ms)) EventJsonWriter.Write(e, w);
            var json = JsonDocument.Parse(ms.ToArray()).RootElement;
            foreach (var field in required) Assert.True(json.TryGetProperty(field, out _), $"missing {field}");
            Assert.Contains(json.GetProperty("event_type").GetString(), types);
            Assert.Contains(json.GetProperty("modality").GetString(), modalities);
            double c = json.GetProperty("confidence").GetDouble();
            Assert.InRange(c, 0, 1);
        }
    }
}
