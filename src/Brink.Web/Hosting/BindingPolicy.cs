using System.Net;

namespace Brink.Web.Hosting;

/// <summary>
/// What the listening addresses allow. Loopback-only serving lets anyone on this machine write unless a key
/// is set; any other address refuses writes without a key, so exposing the port never exposes the store to writes.
/// </summary>
internal sealed record BindingPolicy(string[] Urls, bool LoopbackOnly, string? ApiKey)
{
    public bool WritesNeedKey => ApiKey is not null || !LoopbackOnly;

    /// <summary>The store is read-only to this server: it is served for reading and every write is refused.</summary>
    public bool StoreReadOnly { get; init; }

    public static BindingPolicy Parse(string urls, string? apiKey)
    {
        var list = urls.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (list.Length == 0) throw new ArgumentException("No address to listen on; give --urls such as http://127.0.0.1:5080.");
        bool loopback = true;
        foreach (var u in list)
        {
            if (!Uri.TryCreate(u.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri) || uri.Scheme != "http")
                throw new ArgumentException($"'{u}' is not an address to listen on; give one such as http://127.0.0.1:5080 (http only).");
            loopback &= uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
        }
        if (apiKey is { Length: < 16 }) throw new ArgumentException("The API key is too short; use at least 16 characters.");
        return new BindingPolicy(list, loopback, string.IsNullOrEmpty(apiKey) ? null : apiKey);
    }

    /// <summary>Whether a Host header names this machine (a page from elsewhere that rebinds its DNS name to 127.0.0.1 does not).</summary>
    public static bool IsLocalHost(string host) =>
        host is "localhost" or "127.0.0.1" or "[::1]" || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
}
