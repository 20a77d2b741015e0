namespace Brink.Web;

/// <summary>What `brink serve` (or a test) starts the web server with.</summary>
public sealed record BrinkServerOptions
{
    /// <summary>The event store: a SQLite file path, a PostgreSQL connection string or a postgres:// URL.</summary>
    public required string Db { get; init; }

    /// <summary>Addresses to listen on; port 0 picks a free port (see <see cref="BrinkServer.Urls"/>).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Key that writes (POST /api/articles) must present; required for writes when bound beyond loopback.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Model folder for coding pasted articles (null: BRINK_MODELS, else the repository's models/).</summary>
    public string? ModelDir { get; init; }

    /// <summary>Data folder for coding (null: BRINK_DATA, else the repository's data/).</summary>
    public string? DataDir { get; init; }

    /// <summary>Largest request body accepted, in bytes; a pasted article is far smaller.</summary>
    public long MaxRequestBytes { get; init; } = 1 << 20;

    /// <summary>Log each request to the console (off for tests and benchmarks).</summary>
    public bool LogRequests { get; init; }
}
