using System.ComponentModel;
using Brink.Store;
using Brink.Web;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Serve;

/// <summary>`brink serve`: the JSON API and the dashboard over an event store, until Ctrl+C.</summary>
internal sealed class ServeCommand(IAnsiConsole console) : AsyncCommand<ServeCommand.Settings>
{
    internal sealed class Settings : CodingSettings
    {
        [CommandOption("--db <DB>")]
        [Description("Event store: a SQLite file, a PostgreSQL connection string or a postgres:// URL (default brink.db)")]
        public string Db { get; init; } = "brink.db";

        [CommandOption("--urls <URLS>")]
        [Description("Addresses to listen on, separated by ';' (default http://127.0.0.1:5080; loopback only)")]
        public string Urls { get; init; } = "http://127.0.0.1:5080";

        [CommandOption("--api-key <KEY>")]
        [Description("Key that writes (pasting an article) must send as X-Api-Key; without it, a non-loopback address refuses writes (default: BRINK_API_KEY)")]
        public string? ApiKey { get; init; }

        [CommandOption("--create")]
        [Description("Create an empty SQLite store when --db names none (without it a missing store is an error)")]
        public bool Create { get; init; }

        [CommandOption("--log")]
        [Description("Log every request")]
        public bool Log { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // A mistyped path would otherwise start an empty store (and leave its files behind) instead of the one meant.
        if (!settings.Db.Contains('=') && !settings.Db.Contains("://", StringComparison.Ordinal) && !File.Exists(settings.Db) && !settings.Create)
            throw new CliException($"Database '{settings.Db}' does not exist; give the path of a store (`brink ingest` makes one), or add --create to serve a new empty one.");
        var options = new BrinkServerOptions
        {
            Db = settings.Db,
            Urls = settings.Urls,
            ApiKey = settings.ApiKey ?? NullIfEmpty(Environment.GetEnvironmentVariable("BRINK_API_KEY")),
            ModelDir = settings.Models,
            DataDir = settings.Data,
            LogRequests = settings.Log,
        };
        BrinkServer server;
        try { server = await BrinkServer.StartAsync(options, cancellationToken); }
        catch (Exception e) when (e is ArgumentException or StoreException) { throw new CliException(e.Message); }
        await using (server)
        {
            foreach (var url in server.Urls) console.MarkupLineInterpolated($"Brink dashboard on [bold]{url}[/] (API: {url}/api/, OpenAPI: {url}/openapi/v1.json)");
            string writes = server.StoreReadOnly ? "off (the store is read-only to this user; it is served for reading)"
                : server.WritesNeedKey ? (options.ApiKey is null ? "refused (no --api-key off loopback)" : "need the API key") : "open to this machine";
            console.MarkupLineInterpolated($"Store: {settings.Db}; writes {writes}. Ctrl+C stops.");
            await server.WaitForShutdownAsync(cancellationToken);
        }
        return 0;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
