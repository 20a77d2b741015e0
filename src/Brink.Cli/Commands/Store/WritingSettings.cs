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
    [Description("Articles per transaction (default 512; 64 for brink worker, whose batch is also what one worker takes from the queue)")]
    public int? Batch { get; init; }

    /// <summary>
    /// Articles per transaction. A SQLite history ingest in batches of 64 wrote 7 GB for a 192 MB store: every batch rewrote
    /// a page of each hash-keyed index per article; batches of 512 share those pages (docs/benchmarks.md).
    /// </summary>
    public int BatchSize => Batch ?? DefaultBatch;

    protected virtual int DefaultBatch => 512;

    public EventStore OpenStore() => StoreRules.Open(Db);
}
