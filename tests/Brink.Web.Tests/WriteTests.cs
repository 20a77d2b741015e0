using System.Text.Json;
using Brink.Web.Hosting;

namespace Brink.Web.Tests;

/// <summary>POST /api/articles: coding and storing a pasted article, hostile text kept as plain text, keys, limits.</summary>
[Collection(ServerCollection.Name)]
public sealed class WriteTests(DemoServer demo)
{
    private readonly HttpClient _http = Http.Client(demo.Url);

    [Fact]
    public async Task Hostile_article_is_coded_stored_and_returned_as_the_same_plain_text()
    {
        var (status, type, body) = await _http.Send(HttpMethod.Post, "/api/articles", JsonSerializer.Serialize(new { text = Hostile.Text, outlet = "<b>Outlet</b>" }));
        Assert.Equal(201, status);
        Assert.Equal("application/json", type);
        long id = body.GetProperty("articleId").GetInt64();
        Assert.NotEmpty(body.GetProperty("events").EnumerateArray());
        var stored = await _http.Json($"/api/articles/{id}");
        string text = stored.GetProperty("text").GetString()!;
        foreach (var p in Hostile.Payloads) Assert.Contains(p, text);
        Assert.Equal("<b>Outlet</b>", stored.GetProperty("outlet").GetString());
        Assert.StartsWith("<script>", stored.GetProperty("title").GetString());
        Assert.Equal("2027-03-20", stored.GetProperty("published").GetString()); // from the Published: header
        // The same text again is recognised, not stored twice.
        var again = await _http.Send(HttpMethod.Post, "/api/articles", JsonSerializer.Serialize(new { text = Hostile.Text }));
        Assert.True(again.Body.GetProperty("duplicate").GetBoolean());
        Assert.Equal(id, again.Body.GetProperty("articleId").GetInt64());
    }

    [Theory]
    [InlineData("{\"text\": \"\"}", "text")]
    [InlineData("{\"text\": \"Venezuela attacked Guyana.\", \"published\": \"March\"}", "published")]
    [InlineData("{\"text\": \"Venezuela attacked Guyana.\", \"url\": \"javascript:alert(1)\"}", "url")]
    public async Task Bad_pastes_are_typed_problems(string json, string parameter)
    {
        var (status, type, body) = await _http.Send(HttpMethod.Post, "/api/articles", json);
        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Oversized_and_non_json_bodies_are_refused()
    {
        var big = JsonSerializer.Serialize(new { text = new string('a', 2 << 20) });
        var (status, _, _) = await _http.Send(HttpMethod.Post, "/api/articles", big);
        Assert.Equal(413, status);
        using var form = new StringContent("text=hello", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        using var r = await _http.PostAsync("/api/articles", form);
        Assert.Equal(415, (int)r.StatusCode);
    }

    [Fact]
    public async Task With_a_key_writes_need_it()
    {
        const string key = "test-key-0123456789abcdef";
        await using var server = await BrinkServer.StartAsync(new BrinkServerOptions { Db = demo.Db, Urls = "http://127.0.0.1:0", ApiKey = key });
        using var http = Http.Client(server.Urls[0]);
        string json = JsonSerializer.Serialize(new { text = "Guyana thanked Brazil for hosting the talks on Monday.", published = "2027-03-21" });
        Assert.Equal(401, (await http.Send(HttpMethod.Post, "/api/articles", json)).Status);
        Assert.Equal(401, (await http.Send(HttpMethod.Post, "/api/articles", json, apiKey: "wrong-key-0123456789")).Status);
        Assert.Equal(201, (await http.Send(HttpMethod.Post, "/api/articles", json, apiKey: key)).Status);
        Assert.True((await http.Json("/api/summary")).GetProperty("writesNeedKey").GetBoolean());
    }

    [Fact]
    public void Binding_beyond_loopback_refuses_writes_without_a_key()
    {
        Assert.False(BindingPolicy.Parse("http://127.0.0.1:5080", null).WritesNeedKey);
        Assert.False(BindingPolicy.Parse("http://localhost:5080;http://[::1]:5080", null).WritesNeedKey);
        var open = BindingPolicy.Parse("http://0.0.0.0:5080", null);
        Assert.True(open.WritesNeedKey);
        Assert.Null(open.ApiKey);
        Assert.True(BindingPolicy.Parse("http://*:5080", "a-long-enough-key-123").WritesNeedKey);
        Assert.Throws<ArgumentException>(() => BindingPolicy.Parse("http://0.0.0.0:5080", "short"));
        Assert.Throws<ArgumentException>(() => BindingPolicy.Parse("ftp://127.0.0.1:21", null));
    }

    [Fact]
    public async Task Beyond_loopback_without_a_key_a_write_is_forbidden()
    {
        await using var server = await BrinkServer.StartAsync(new BrinkServerOptions { Db = demo.Db, Urls = "http://0.0.0.0:0" });
        var port = new Uri(server.Urls[0].Replace("0.0.0.0", "127.0.0.1").Replace("[::]", "127.0.0.1")).Port;
        using var http = Http.Client($"http://127.0.0.1:{port}");
        var (status, _, body) = await http.Send(HttpMethod.Post, "/api/articles", "{\"text\": \"Guyana thanked Brazil.\"}");
        Assert.Equal(403, status);
        Assert.Contains("api-key", body.GetProperty("detail").GetString());
    }
}
