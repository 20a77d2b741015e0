using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Brink.Web.Hosting;

/// <summary>
/// The dashboard's files, embedded in this assembly (so `brink serve` needs no folder beside it and nothing is
/// fetched at run time), served with a content hash as ETag.
/// </summary>
internal static class StaticAssets
{
    private const string Prefix = "wwwroot/";

    private static readonly FrozenDictionary<string, string> Types = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".ico"] = "image/x-icon",
        [".png"] = "image/png",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<FrozenDictionary<string, Asset>> Assets = new(Load);

    public static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext c) => Serve(c, "index.html")).ExcludeFromDescription();
        app.MapGet("/{**path}", (HttpContext c, string path) => Serve(c, path)).ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext context, string path)
    {
        if (!Assets.Value.TryGetValue(path, out var asset)) return Results.Problem(statusCode: 404, title: "Not found", detail: $"No page or file '/{path}'.");
        var headers = context.Response.Headers;
        headers.ETag = asset.ETag;
        headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch == asset.ETag) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(asset.Bytes, asset.ContentType);
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var map = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            var bytes = ms.ToArray();
            string path = name[Prefix.Length..].Replace('\\', '/');
            string type = Types.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            map[path] = new Asset(bytes, type, new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"").ToString());
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
