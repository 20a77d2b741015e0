using System.ComponentModel;
using Brink.Analysis;
using Brink.Store;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Store;

/// <summary>Settings of commands that code articles into the store: models, data, database, parallelism.</summary>
internal class WritingSettings : CodingSettings
{
    [CommandOption("--db <DB>")]
    [Description("SQLite file (default brink.db), PostgreSQL connection string (Host=...;Database=...) or postgres://user:pass@host/db")]
    public string Db { get; init; } = "brink.db";

    [CommandOption("--workers <N>")]
    [Description("Coding threads (default: all cores)")]
    public int Workers { get; init; }

    [CommandOption("--batch <N>")]
    [Description("Articles per transaction (default 64)")]
    public int Batch { get; init; } = 64;

    public EventStore OpenStore() => StoreRules.Open(Db);
}
