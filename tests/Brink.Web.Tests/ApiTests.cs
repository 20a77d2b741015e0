using System.Net;
using System.Text.Json;

namespace Brink.Web.Tests;

/// <summary>The JSON API over HTTP against a real Kestrel instance holding the demo crisis.</summary>
[Collection(ServerCollection.Name)]
public sealed class ApiTests(DemoServer demo)
{
    private readonly HttpClient _http = Http.Client(demo.Url);

    [Fact]
    public async Task Summary_counts_the_demo_store()
    {
        var s = await _http.Json("/api/summary");
        Assert.True(s.GetProperty("articles").GetInt64() >= 32); // the write tests may have added theirs
        Assert.True(s.GetProperty("events").GetInt64() > 20);
        Assert.False(s.GetProperty("writesNeedKey").GetBoolean());
    }

    [Fact]
    public async Task Event_pages_are_disjoint_and_add_up_to_the_total()
    {
        var first = await _http.Json("/api/events?limit=5");
        long total = first.GetProperty("total").GetInt64();
        var keys = new HashSet<string>();
        for (int offset = 0; offset < total; offset += 5)
            foreach (var e in (await _http.Json($"/api/events?limit=5&offset={offset}")).GetProperty("items").EnumerateArray())
                Assert.True(keys.Add(e.GetProperty("key").GetString()!), "an event appeared on two pages");
        Assert.Equal(total, keys.Count);
        Assert.Empty((await _http.Json($"/api/events?limit=5&offset={total}")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Filters_narrow_the_events()
    {
        long all = (await _http.Json("/api/events")).GetProperty("total").GetInt64();
        var typed = await _http.Json("/api/events?type=threaten&limit=500");
        Assert.InRange(typed.GetProperty("total").GetInt64(), 1, all - 1);
        Assert.All(typed.GetProperty("items").EnumerateArray(), e => Assert.Equal("THREATEN", e.GetProperty("eventType").GetString()));
        var dated = await _http.Json("/api/events?from=2027-03-05&to=2027-03-06&limit=500");
        Assert.All(dated.GetProperty("items").EnumerateArray(), e => Assert.InRange(e.GetProperty("date").GetString()!, "2027-03-05", "2027-03-06"));
        var ven = await _http.Json("/api/events?actor=VEN&recipient=GUY&limit=500");
        Assert.InRange(ven.GetProperty("total").GetInt64(), 1, all - 1);
        var named = await _http.Json("/api/events?named=true&limit=500");
        Assert.All(named.GetProperty("items").EnumerateArray(), e => Assert.True(e.GetProperty("namedSource").GetBoolean()));
        var claimed = await _http.Json("/api/events?modality=negated&limit=500");
        Assert.All(claimed.GetProperty("items").EnumerateArray(),
            e => Assert.Contains(e.GetProperty("sources").EnumerateArray(), r => r.GetProperty("modality").GetString() == "negated"));
    }

    [Theory]
    [InlineData("/api/events?from=yesterday", "from")]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?limit=100000", "limit")]
    [InlineData("/api/events?offset=-1", "offset")]
    [InlineData("/api/events?modality=certain", "modality")]
    [InlineData("/api/events?actor=%3Cscript%3E", "actor")]
    [InlineData("/api/events?named=maybe", "named")]
    [InlineData("/api/events?from=2027-03-10&to=2027-03-01", "to")]
    [InlineData("/api/dyads/VEN/GUY/series?from=2027-13-01", "from")]
    [InlineData("/api/dyads/VEN/GUY/days/soon", "day")]
    [InlineData("/api/articles/abc", "id")]
    [InlineData("/api/network?edges=0", "edges")]
    public async Task Bad_parameters_are_typed_problems(string url, string parameter) => await _http.Problem(url, 400, parameter);

    [Theory]
    [InlineData("/api/articles/999999")]
    [InlineData("/api/no-such-thing")]
    [InlineData("/no-such-page.html")]
    public async Task Missing_things_are_404_problems(string url) => await _http.Problem(url, 404);

    [Fact]
    public async Task The_crisis_dyad_has_a_series_with_alerts_and_days_with_reports()
    {
        var dyads = await _http.Json("/api/dyads");
        Assert.Contains(dyads.EnumerateArray(), d => d.GetProperty("actor").GetString() == "VEN" && d.GetProperty("recipient").GetString() == "GUY");
        var series = await _http.Json("/api/dyads/VEN/GUY/series");
        var days = series.GetProperty("days").EnumerateArray().ToList();
        Assert.True(days.Count >= 10);
        Assert.NotEmpty(series.GetProperty("alerts").EnumerateArray());
        var busy = days.First(d => d.GetProperty("events").GetInt32() > 0).GetProperty("day").GetString();
        var reports = (await _http.Json($"/api/dyads/VEN/GUY/days/{busy}")).GetProperty("reports");
        Assert.NotEmpty(reports.EnumerateArray());
        Assert.True(reports[0].GetProperty("articleId").GetInt64() > 0);
        Assert.NotEmpty((await _http.Json("/api/alerts")).EnumerateArray());
    }

    [Fact]
    public async Task Network_and_actors_name_the_parties()
    {
        var net = await _http.Json("/api/network");
        Assert.Contains(net.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == "VEN");
        Assert.Contains(net.GetProperty("edges").EnumerateArray(), e => e.GetProperty("conflict").GetInt32() > 0);
        Assert.Contains((await _http.Json("/api/actors")).EnumerateArray(), a => a.GetProperty("code").GetString() == "GUY");
    }

    [Theory]
    [InlineData("VEN", "Venezuela")]
    [InlineData("LUIZ_INACIO_LULA_DA_SILVA", "Luiz Inacio Lula da Silva")]
    public async Task Network_nodes_carry_readable_names(string code, string name)
    {
        var nodes = (await _http.Json("/api/network")).GetProperty("nodes").EnumerateArray();
        var node = Assert.Single(nodes, n => n.GetProperty("id").GetString() == code);
        Assert.Equal(name, node.GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_article_says_where_its_body_starts_after_the_header_lines()
    {
        var article = await _http.Json("/api/articles/1");
        string text = article.GetProperty("text").GetString()!;
        int start = article.GetProperty("bodyStart").GetInt32();
        Assert.StartsWith("Title: ", text);
        string body = text[start..];
        foreach (var header in new[] { "Title:", "Published:", "Outlet:", "URL:" }) Assert.DoesNotContain("\n" + header, "\n" + body);
        Assert.False(char.IsWhiteSpace(body[0]), "the body starts with its first word");
    }

    [Fact]
    public async Task Links_name_an_article_by_its_content_hash()
    {
        var source = (await _http.Json("/api/events?limit=1")).GetProperty("items")[0].GetProperty("sources")[0];
        string key = source.GetProperty("articleKey").GetString()!;
        var a = await _http.Json($"/api/articles/{key}");
        Assert.Equal(source.GetProperty("articleId").GetInt64(), a.GetProperty("id").GetInt64());
        Assert.Equal(key, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(a.GetProperty("text").GetString()!.ReplaceLineEndings("\n")))));
    }

    [Fact]
    public async Task An_article_comes_with_records_whose_spans_point_into_its_text()
    {
        var first = (await _http.Json("/api/events?limit=1")).GetProperty("items")[0].GetProperty("sources")[0].GetProperty("articleId").GetInt64();
        var a = await _http.Json($"/api/articles/{first}");
        string text = a.GetProperty("text").GetString()!;
        var events = a.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            var t = e.GetProperty("trigger");
            int start = t.GetProperty("start").GetInt32(), end = t.GetProperty("end").GetInt32();
            Assert.Equal(t.GetProperty("text").GetString(), text[start..end]);
        }
    }

    [Fact]
    public async Task OpenApi_document_describes_the_endpoints()
    {
        var doc = await _http.Json("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var p in new[] { "/api/events", "/api/dyads", "/api/dyads/{actor}/{recipient}/series", "/api/crises", "/api/alerts", "/api/actors", "/api/network", "/api/articles/{id}", "/api/articles" })
            Assert.True(paths.TryGetProperty(p, out _), "OpenAPI lacks " + p);
    }

    [Fact]
    public async Task Every_response_carries_a_strict_content_security_policy()
    {
        foreach (var url in new[] { "/", "/js/main.js", "/api/summary", "/api/nope" })
        {
            using var r = await _http.GetAsync(url);
            string csp = string.Join(";", r.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'none'", csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task A_foreign_host_name_is_refused_on_loopback()
    {
        using var req = new HttpRequestMessage(HttpMethod.Get, "/api/summary");
        req.Headers.Host = "attacker.example";
        using var r = await _http.SendAsync(req);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, r.StatusCode);
    }

    [Fact]
    public async Task Dashboard_files_are_served_with_their_types()
    {
        using var index = await _http.GetAsync("/");
        Assert.Equal("text/html", index.Content.Headers.ContentType!.MediaType);
        foreach (var name in new[] { "main", "dom", "api", "chart", "plot", "network", "layout", "events", "article", "paste", "highlight" })
        {
            using var js = await _http.GetAsync($"/js/{name}.js");
            Assert.Equal("text/javascript", js.Content.Headers.ContentType!.MediaType);
            string source = await js.Content.ReadAsStringAsync();
            // Data reaches the page only as text nodes: no HTML-parsing sinks anywhere in the dashboard.
            foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(" })
                Assert.DoesNotContain(sink, source);
        }
    }

    [Fact]
    public async Task Crises_are_listed_all_or_by_dyad_and_the_series_carries_those_of_its_range()
    {
        demo.LoadCrises(DemoServer.DemoCrises);
        var all = (await _http.Json("/api/crises")).EnumerateArray().ToList();
        Assert.Equal(4, all.Count);
        Assert.Equal("2020-01-01", all[0].GetProperty("onset").GetString());
        // Either direction of the dyad, in onset order; the file's words for the kind.
        var dyad = (await _http.Json("/api/crises?actor=guy&recipient=VEN")).EnumerateArray().ToList();
        Assert.Equal(["2020-01-01", "2027-03-06", "2027-03-12"], dyad.Select(c => c.GetProperty("onset").GetString()));
        Assert.Equal(["escalation", "escalation", "deescalation"], dyad.Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal("https://example.org/truce", dyad[2].GetProperty("source").GetString());
        Assert.Equal("GUY", dyad[2].GetProperty("sideA").GetString());
        // The series of the demo's span shows the two onsets inside it, not the older one or another dyad's.
        var series = await _http.Json("/api/dyads/VEN/GUY/series?from=2027-02-20&to=2027-03-20");
        Assert.Equal(["Venezuelan strikes across the Essequibo", "Essequibo truce"], series.GetProperty("crises").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Empty((await _http.Json("/api/dyads/VEN/BRA/series?from=2027-02-20&to=2027-03-20")).GetProperty("crises").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/crises?actor=VEN", "recipient")]
    [InlineData("/api/crises?recipient=VEN", "actor")]
    [InlineData("/api/crises?actor=V%20N&recipient=GUY", "actor")]
    public async Task A_half_or_malformed_dyad_of_crises_is_a_problem_naming_the_parameter(string url, string parameter)
    {
        using var r = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var problem = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }
}
