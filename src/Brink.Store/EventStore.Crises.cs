using Brink.Store.Backends;

namespace Brink.Store;

public sealed partial class EventStore
{
    /// <summary>
    /// Replaces the store's crisis list with <paramref name="crises"/> in one transaction (loading the same list again
    /// leaves the same rows); returns how many rows were there before.
    /// </summary>
    public int ReplaceCrises(IReadOnlyList<StoredCrisis> crises)
    {
        if (IsReadOnly) throw new StoreException($"Database {Display} was opened read-only; nothing was written.") { IsReadOnly = true };
        return Guard(() =>
        {
            using var tx = _dialect.Begin(_connection);
            // Two loaders at once would interleave their deletes and inserts; the lock makes the later one wait.
            _dialect.LockGroup(_connection, tx, "brink-crises");
            int before = Sql.Exec(_connection, tx, "DELETE FROM crises");
            MultiRow.Execute(_connection, tx, "INSERT INTO crises (onset, side_a, side_b, kind, name, source)",
                crises.Select(c => new object?[] { c.Onset, c.SideA, c.SideB, c.Escalation ? "escalation" : "deescalation", c.Name, c.Source }).ToList());
            tx.Commit();
            return before;
        });
    }

    /// <summary>The stored crises, oldest first: all of them, or those between <paramref name="a"/> and <paramref name="b"/> in either direction.</summary>
    public IReadOnlyList<StoredCrisis> Crises(string? a = null, string? b = null) => Guard(() =>
    {
        var list = new List<StoredCrisis>();
        string where = a is null || b is null ? "" : "WHERE (side_a = @p0 AND side_b = @p1) OR (side_a = @p1 AND side_b = @p0) ";
        Sql.Rows(_connection, null, $"SELECT onset, side_a, side_b, kind, name, source FROM crises {where}ORDER BY onset, side_a, side_b, kind",
            a is null || b is null ? [] : [a, b],
            r => list.Add(new StoredCrisis(Sql.Day(r[0])!.Value, (string)r[1]!, (string)r[2]!, (string)r[3]! == "escalation", (string)r[4]!, (string)r[5]!)));
        return (IReadOnlyList<StoredCrisis>)list;
    });
}
