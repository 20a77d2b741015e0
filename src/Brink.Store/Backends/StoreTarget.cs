using Npgsql;

namespace Brink.Store.Backends;

/// <summary>What a --db value names: a SQLite file, or a PostgreSQL server (key=value string or postgres:// URL).</summary>
internal sealed record StoreTarget(bool IsPostgres, string ConnectionString, string Display)
{
    public static StoreTarget Parse(string db)
    {
        if (string.IsNullOrWhiteSpace(db)) throw new StoreException("--db is empty; give a SQLite file path or a PostgreSQL connection string.");
        if (db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return FromUrl(db);
        if (db.Contains("Host=", StringComparison.OrdinalIgnoreCase) || db.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var b = new NpgsqlConnectionStringBuilder(db);
                return new StoreTarget(true, b.ConnectionString, $"PostgreSQL {b.Host}/{b.Database}");
            }
            catch (ArgumentException e) { throw new StoreException($"--db '{Redact(db)}' is not a valid PostgreSQL connection string: {e.Message}"); }
        }
        return new StoreTarget(false, db, $"'{db}'");
    }

    private static StoreTarget FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new StoreException($"--db '{Redact(url)}' is not a valid postgres:// URL; use postgres://user:password@host:port/database.");
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.Port > 0 ? uri.Port : 5432, Database = uri.AbsolutePath.Trim('/') };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        if (string.IsNullOrEmpty(b.Database)) throw new StoreException($"--db '{Redact(url)}' names no database; add /DATABASE to the URL.");
        return new StoreTarget(true, b.ConnectionString, $"PostgreSQL {b.Host}/{b.Database}");
    }

    /// <summary>Connection strings in error messages never show passwords.</summary>
    private static string Redact(string db) =>
        System.Text.RegularExpressions.Regex.Replace(db, @"(?i)(password=)[^;]*|(://[^:/@]+:)[^@]*@", m => m.Groups[1].Success ? m.Groups[1].Value + "***" : m.Groups[2].Value + "***@");
}
