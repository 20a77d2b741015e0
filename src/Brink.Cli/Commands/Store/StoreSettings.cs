using System.ComponentModel;
using Brink.Analysis;
using Brink.Store;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Store;

/// <summary>Settings of every command that reads the event store.</summary>
internal class StoreSettings : CommandSettings
{
    [CommandOption("--db <DB>")]
    [Description("SQLite file (default brink.db), PostgreSQL connection string (Host=...;Database=...) or postgres://user:pass@host/db")]
    public string Db { get; init; } = "brink.db";

    /// <summary>Opens the store read-only (a store this user may not write is still read); a missing SQLite file is an error here, not a new empty store.</summary>
    public EventStore OpenForReading()
    {
        MustExist();
        return StoreRules.Open(Db, new StoreOptions { ReadOnly = true });
    }

    /// <summary>Opens an existing store for writing (a missing SQLite file is an error, not a new empty store).</summary>
    public EventStore OpenExisting()
    {
        MustExist();
        return StoreRules.Open(Db);
    }

    private void MustExist()
    {
        if (!Db.Contains('=') && !Db.Contains("://", StringComparison.Ordinal) && !File.Exists(Db))
            throw new CliException($"Database '{Db}' does not exist; run `brink ingest` first or give --db.");
    }
}
