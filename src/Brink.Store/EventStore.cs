using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Brink.Store.Backends;
using Brink.Store.DayTable;
using Brink.Store.Merging;
using Brink.Store.Schema;
using Brink.Store.Writing;

namespace Brink.Store;

/// <summary>
/// Brink's event store: articles, their coded reports, the events reports merge into, and dyad rows;
/// a SQLite file by default, or a PostgreSQL database. Each write is one transaction: a batch is stored
/// whole or not at all.
/// </summary>
public sealed partial class EventStore : IDisposable
{
    private readonly Dialect _dialect;
    private readonly DbConnection _connection;
    private readonly MergeUpdater? _merger;
    private readonly DayTableUpdater? _days;

    /// <summary>The database as users named it (for messages).</summary>
    public string Display { get; }

    /// <summary>"SQLite" or "PostgreSQL".</summary>
    public string Backend => _dialect.Name;

    private EventStore(Dialect dialect, DbConnection connection, string display, IMergeRule? rule, IEventRule? events)
    {
        _dialect = dialect;
        _connection = connection;
        Display = display;
        _merger = rule is null ? null : new MergeUpdater(dialect, rule);
        _days = events is null ? null : new DayTableUpdater(dialect, events);
    }

    /// <summary>
    /// Opens (creating or migrating when needed) the store <paramref name="db"/>: a file path, a PostgreSQL
    /// connection string, or a postgres:// URL. Writes need a <paramref name="merge"/> rule; with the <paramref name="events"/>
    /// rule they also keep the day table current, without it they leave the events they touch stale there.
    /// </summary>
    public static EventStore Open(string db, IMergeRule? merge = null, StoreOptions? options = null, IEventRule? events = null)
    {
        options ??= new StoreOptions();
        var target = StoreTarget.Parse(db);
        Dialect dialect = target.IsPostgres ? new PostgresDialect(target.ConnectionString, options.ReadOnly) : new SqliteDialect(target.ConnectionString, options);
        if (!target.IsPostgres && Directory.Exists(db)) throw new StoreException($"Database '{db}' is a folder; give a file path such as brink.db.");
        DbConnection? c = null;
        try
        {
            c = dialect.Open();
            if (options.ReadOnly && !Migrations.IsCurrent(c, dialect, target.Display))
            {
                // An older store is brought forward once by a writer (if this process may write it), then read as before.
                c.Dispose();
                c = null;
                Open(db, null, options with { ReadOnly = false }).Dispose();
                c = dialect.Open();
            }
            else if (!options.ReadOnly) Migrations.Apply(c, dialect, target.Display);
            return new EventStore(dialect, c, target.Display, merge, events) { IsReadOnly = options.ReadOnly };
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException)
        {
            c?.Dispose();
            throw Wrap(dialect, target.Display, e);
        }
    }

    /// <summary>Whether this store was opened for reading only (writes are refused).</summary>
    internal bool IsReadOnly { get; private init; }

    /// <summary>Hex SHA-256 of the text with line endings normalized: the identity of an article's content.</summary>
    public static string ContentHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))));

    /// <summary>Which of <paramref name="hashes"/> are stored already (lets ingest skip coding them again).</summary>
    public IReadOnlySet<string> KnownHashes(IReadOnlyCollection<string> hashes) => Guard(() =>
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in hashes.Distinct().Chunk(400))
        {
            var args = chunk.Cast<object?>().ToArray();
            string list = Sql.Parameters(0, chunk.Length);
            using var cmd = Sql.Command(_connection, null, $"SELECT content_hash FROM articles WHERE content_hash IN ({list})", args);
            using var r = cmd.ExecuteReader();
            while (r.Read()) known.Add(r.GetString(0));
        }
        return (IReadOnlySet<string>)known;
    });

    /// <summary>Stores a batch of articles with their reports in one transaction and merges their reports into events.</summary>
    public WriteResult Write(IReadOnlyList<ArticleRecord> batch) => InTransaction(batch.SelectMany(a => a.Reports), (c, tx, changes) =>
    {
        int fresh = 0, dup = 0, rev = 0;
        foreach (var coded in batch)
        {
            switch (ArticleWriter.Write(_dialect, c, tx, coded, changes))
            {
                case ArticleWriter.Outcome.New: fresh++; break;
                case ArticleWriter.Outcome.Duplicate: dup++; break;
                default: rev++; break;
            }
        }
        return (fresh, dup, rev);
    });

    /// <summary>Replaces the reports of stored articles with a new coding (after a model or lexicon change).</summary>
    public WriteResult Recode(IReadOnlyList<(long ArticleId, IReadOnlyList<ReportRecord> Reports)> batch, string coderVersion) => InTransaction(batch.SelectMany(a => a.Reports), (c, tx, changes) =>
    {
        foreach (var (id, events) in batch)
        {
            ArticleWriter.RemoveReports(c, tx, id, changes);
            ArticleWriter.InsertReports(_dialect, c, tx, id, events, coderVersion, changes);
            Sql.Exec(c, tx, "UPDATE articles SET coder_version = @p0 WHERE id = @p1", coderVersion, id);
        }
        return (0, 0, batch.Count);
    });

    /// <summary>Deletes an article (every revision keeps its own row; this removes one) and re-merges what its reports touched.</summary>
    public bool DeleteArticle(long articleId) => InTransaction([], (c, tx, changes) =>
    {
        ArticleWriter.RemoveReports(c, tx, articleId, changes);
        int n = Sql.Exec(c, tx, "DELETE FROM articles WHERE id = @p0", articleId);
        return (n, 0, 0);
    }).NewArticles > 0;

    /// <summary>
    /// Partitions a PostgreSQL store's report tables by month (see docs/scale-out.md for when it pays); false when it was
    /// already. Run it with no writer running: it rewrites the tables in one transaction.
    /// </summary>
    public bool PartitionByMonth() => Guard(() =>
    {
        if (_dialect is not PostgresDialect pg) throw new StoreException($"Database {Display} is a SQLite file; only PostgreSQL stores are partitioned.");
        if (IsReadOnly) throw new StoreException($"Database {Display} was opened read-only; nothing was changed.") { IsReadOnly = true };
        using var tx = _dialect.Begin(_connection);
        _dialect.LockGroup(_connection, tx, "brink-schema");
        pg.LayoutChanged();
        if (pg.IsPartitioned(_connection, tx)) { tx.Commit(); return false; }
        foreach (var statement in Migrations.Statements(MonthPartitions.Convert))
        {
            using var cmd = Sql.Command(_connection, tx, statement);
            cmd.CommandTimeout = 0; // a large store takes minutes
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
        pg.LayoutChanged();
        return true;
    });

    /// <summary>How many articles, reports, events and dyad rows the store holds.</summary>
    public StoreCounts Counts() => Guard(() => new StoreCounts(
        Sql.Scalar(_connection, null, "SELECT COUNT(*) FROM articles"),
        Sql.Scalar(_connection, null, "SELECT COUNT(*) FROM reports"),
        Sql.Scalar(_connection, null, "SELECT COUNT(*) FROM events"),
        Sql.Scalar(_connection, null, "SELECT COUNT(*) FROM dyad_reports")));

    public void Dispose() => _connection.Dispose();

    /// <summary>Runs <paramref name="work"/>, which may add <paramref name="reports"/>, then merging and the day table, in one transaction.</summary>
    private WriteResult InTransaction(IEnumerable<ReportRecord> reports, Func<DbConnection, DbTransaction, ChangeSet, (int, int, int)> work)
    {
        if (IsReadOnly) throw new StoreException($"Database {Display} was opened read-only; nothing was written.") { IsReadOnly = true };
        var merger = _merger ?? throw new InvalidOperationException("This store was opened without a merge rule; it can only be read.");
        return Guard(() =>
        {
            _dialect.PrepareMonths(_connection, reports.Select(r => r.Date));
            using var tx = _dialect.Begin(_connection);
            var changes = new ChangeSet();
            try
            {
                var (a, b, c) = work(_connection, tx, changes);
                DyadTotals.Add(_connection, tx, changes.DyadRows);
                var touched = merger.Update(_connection, tx, changes);
                if (_days is not null) _days.Refresh(_connection, tx, touched);
                else DayTableUpdater.MarkStale(_connection, tx, touched);
                tx.Commit();
                return new WriteResult(a, b, c, changes.Added.Count, touched.Count);
            }
            catch
            {
                try { tx.Rollback(); } catch (DbException) { /* the connection may be gone; the database rolls back on its own */ }
                throw;
            }
        });
    }

    private T Guard<T>(Func<T> work)
    {
        try { return work(); }
        catch (DbException e) { throw Wrap(_dialect, Display, e); }
    }

    private static StoreException Wrap(Dialect d, string display, Exception e) =>
        new($"Database {display} {d.Explain(e) ?? $"failed ({d.Name}: {e.Message.ReplaceLineEndings(" ")})"}.", e) { IsReadOnly = d.IsReadOnly(e) };
}
