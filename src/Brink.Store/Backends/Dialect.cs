using System.Data.Common;

namespace Brink.Store.Backends;

/// <summary>What differs between SQLite and PostgreSQL: connections, column types, locking and error meanings.</summary>
internal abstract class Dialect
{
    public abstract string Name { get; }
    /// <summary>An auto-numbered 64-bit primary key column.</summary>
    public abstract string IdColumn { get; }
    public abstract string RealType { get; }
    public abstract DbConnection Open();
    public abstract DbTransaction Begin(DbConnection connection);
    /// <summary>Serializes writers of one merge group across processes (no-op where the database has one writer).</summary>
    public abstract void LockGroup(DbConnection c, DbTransaction tx, string groupKey);
    /// <summary>Makes sure the store can take reports dated on <paramref name="days"/>, outside any transaction (no-op where nothing is partitioned).</summary>
    public virtual void PrepareMonths(DbConnection c, IEnumerable<DateOnly?> days) { }
    /// <summary>Ids for new reports dated <paramref name="days"/>, or null to let the database number them.</summary>
    public virtual long[]? NewReportIds(DbConnection c, DbTransaction tx, IReadOnlyList<DateOnly?> days) => null;
    /// <summary>Reclaims a table emptied by many deletes, outside any transaction (no-op where deleted rows leave nothing behind).</summary>
    public virtual void Reclaim(DbConnection c, string table) { }
    /// <summary>A user-facing message for a database error, or null when the error is not one we can explain.</summary>
    public abstract string? Explain(Exception e);
    /// <summary>Whether the error says this process may not write the store (which it may still read).</summary>
    public abstract bool IsReadOnly(Exception e);
}
