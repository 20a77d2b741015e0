using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Brink.Analysis;
using Brink.Store;
using Brink.Web;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Bench;

/// <summary>
/// `brink bench web`: how long each dashboard view's API calls take on a given store (filled with synthetic
/// events first when --events is given), measured over HTTP against a real server on loopback.
/// </summary>
internal sealed class BenchWebCommand(IAnsiConsole console) : AsyncCommand<BenchWebCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--db <DB>")]
        [Description("Event store to measure (a SQLite file or PostgreSQL)")]
        public string Db { get; init; } = "bench-web.db";

        [CommandOption("--events <N>")]
        [Description("First add N synthetic events (10 per article) with EventStore.Write")]
        public int Events { get; init; }

        [CommandOption("--repeat <N>")]
        [Description("Warm repetitions of each call (the median is reported)")]
        public int Repeat { get; init; } = 5;

        [CommandOption("--timeout <SECONDS>")]
        [Description("Give up on a call after this long (default 60)")]
        public int TimeoutSeconds { get; init; } = 60;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Events > 0) Fill(settings.Db, settings.Events);
        await using var server = await BrinkServer.StartAsync(new BrinkServerOptions { Db = settings.Db, Urls = "http://127.0.0.1:0" }, cancellationToken);
        string baseUrl = server.Urls[0];
        // A call slower than this is reported as such; the store query behind it may still run on until the process ends.
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds) };
        var summary = JsonDocument.Parse(await http.GetStringAsync("/api/summary", cancellationToken)).RootElement;
        console.MarkupLineInterpolated($"Store {settings.Db}: {summary.GetProperty("events").GetInt64():N0} events, {summary.GetProperty("reports").GetInt64():N0} reports, {summary.GetProperty("articles").GetInt64():N0} articles");
        var dyads = JsonDocument.Parse(await http.GetStringAsync("/api/dyads?limit=1", cancellationToken)).RootElement;
        if (dyads.GetArrayLength() == 0) throw new CliException($"Store {settings.Db} has no dyads; give --events N to fill it.");
        string a = dyads[0].GetProperty("actor").GetString()!, b = dyads[0].GetProperty("recipient").GetString()!;
        var last = DateOnly.Parse(dyads[0].GetProperty("last").GetString()!);
        string from90 = last.AddDays(-89).ToString("yyyy-MM-dd"), lastText = last.ToString("yyyy-MM-dd");
        var ids = JsonDocument.Parse(await http.GetStringAsync("/api/events?limit=1", cancellationToken)).RootElement.GetProperty("items");
        long articleId = ids.GetArrayLength() > 0 ? ids[0].GetProperty("sources")[0].GetProperty("articleId").GetInt64() : 1;

        var calls = new (string View, string Url)[]
        {
            ("all", "/api/summary"),
            ("chart", "/api/dyads?limit=100"),
            ("chart", "/api/actors"),
            ("chart", $"/api/dyads/{a}/{b}/series?from={from90}&to={lastText}"),
            ("chart", $"/api/dyads/{a}/{b}/series"),
            ("chart", $"/api/dyads/{a}/{b}/days/{lastText}"),
            ("chart", "/api/alerts"),
            ("network", "/api/network"),
            ("table", "/api/events?limit=50"),
            ("table", "/api/events?limit=50&offset=5000"),
            ("table", $"/api/events?limit=50&actor={a}"),
            ("table", $"/api/events?limit=50&actor={a}&recipient={b}&type=ASSAULT"),
            ("table", "/api/events?limit=50&modality=claimed&named=true"),
            ("table", $"/api/events?limit=50&from={from90}&to={lastText}"),
            ("article", $"/api/articles/{articleId}"),
        };
        var table = new Table().AddColumns("view", "call", "first (ms)", "warm median (ms)", "bytes");
        foreach (var (view, url) in calls)
        {
            var (first, bytes) = await Time(http, url, cancellationToken);
            if (first is null)
            {
                table.AddRow(view, Markup.Escape(url), $"> {settings.TimeoutSeconds} s", "-", "-");
                continue;
            }
            var warm = new List<double>();
            for (int i = 0; i < settings.Repeat; i++) warm.Add((await Time(http, url, cancellationToken)).Ms ?? double.PositiveInfinity);
            warm.Sort();
            table.AddRow(view, Markup.Escape(url), $"{first:F1}", $"{warm[warm.Count / 2]:F1}", $"{bytes:N0}");
            console.WriteLine($"{view,-8} {url,-70} first {first,9:F1} ms  warm {warm[warm.Count / 2],9:F1} ms");
        }
        console.Write(table);
        console.MarkupLine("'first' is a cold call (the server caches dyad lists, alerts, network and counts for up to a minute); 'warm' repeats it.");
        console.MarkupLineInterpolated($"Requests per second for dyad series (run while `brink serve --db {settings.Db}` listens on 5080):");
        console.MarkupLineInterpolated($"  wrk -t2 -c16 -d10s --timeout 5s 'http://127.0.0.1:5080/api/dyads/{a}/{b}/series?from={from90}&to={lastText}'");
        return 0;
    }

    private static async Task<(double? Ms, long Bytes)> Time(HttpClient http, string url, CancellationToken cancel)
    {
        var sw = Stopwatch.StartNew();
        HttpResponseMessage response;
        try { response = await http.GetAsync(url, cancel); }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested) { return (null, 0); }
        using var _ = response;
        var body = await response.Content.ReadAsByteArrayAsync(cancel);
        double ms = sw.Elapsed.TotalMilliseconds;
        if (!response.IsSuccessStatusCode) throw new CliException($"{url} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        return (ms, body.Length);
    }

    private void Fill(string db, int events)
    {
        using var store = StoreRules.Open(db);
        var clock = Stopwatch.StartNew();
        long written = 0;
        foreach (var batch in new SyntheticEvents(seed: 1 + (int)store.Counts().Articles).Batches(events, randomDates: true))
        {
            written += store.Write(batch).Reports;
            if (written % 50_000 == 0) console.MarkupLineInterpolated($"  {written:N0} events written ({written / clock.Elapsed.TotalSeconds:N0}/s)");
        }
        console.MarkupLineInterpolated($"Wrote {written:N0} synthetic events in {clock.Elapsed.TotalSeconds:F1} s ({written / clock.Elapsed.TotalSeconds:N0} events/s).");
    }
}
