using System.Security.Cryptography;
using System.Text;
using Brink.Coding;
using Brink.Web.Data;
using Brink.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Brink.Web.Api;

/// <summary>Articles with their coded spans, and POST /api/articles to code and store a pasted one.</summary>
internal static class ArticlesApi
{
    private const int MaxTextChars = Brink.Coding.EventExtractor.MaxArticleChars;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/articles/{id}", (StorePool pool, string id) =>
            {
                // Links name an article by its content hash, the same in every store of the same articles; row ids are this store's.
                bool isKey = id.Length == 64 && id.All(char.IsAsciiHexDigitLower);
                long n = 0;
                if (!isKey && (!long.TryParse(id, out n) || n <= 0))
                    QueryArgs.Fail("id", "An article is named by its key (64 hex digits, its content hash) or its id in this store (a positive whole number).");
                var view = pool.Use(s => (isKey ? s.ArticleIdByHash(id) : n) is long found && s.Article(found) is { } a
                    ? new ArticleView(a.Id, a.Title, a.Published, a.Outlet, a.Url, a.Revision, a.Superseded, a.CoderVersion, a.Text, BodyStart(a.Text, a.Published),
                        s.ArticleReports(a.Id).Select(r => RecordJson.Parse(r.RecordJson)).ToList(), a.ContentHash)
                    : null);
                return view is null ? Results.Problem(statusCode: 404, title: "No such article", detail: $"No article has {(isKey ? "key" : "id")} {id}.") : Results.Ok(view);
            })
            .WithName("GetArticle").WithSummary("A stored article's text with its coded records; record offsets point into the text.")
            .Produces<ArticleView>().ProducesProblem(400).ProducesProblem(404);

        api.MapPost("/articles", (HttpContext http, PasteRequest body, PasteWriter writer, BindingPolicy binding) =>
            {
                if (Refusal(http, binding) is { } refused) return refused;
                if (string.IsNullOrWhiteSpace(body.Text)) QueryArgs.Fail("text", "'text' is empty; paste an article.");
                if (body.Text.Length > MaxTextChars) QueryArgs.Fail("text", $"'text' has {body.Text.Length} characters; at most {MaxTextChars} are coded at once.");
                if (body.Url is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
                    QueryArgs.Fail("url", "'url' must be an http or https address.");
                var published = QueryArgs.Date(body.Published, "published");
                var result = writer.Code(body, published);
                return result.ArticleId is not null ? Results.Created($"/api/articles/{result.ArticleKey}", result) : Results.Ok(result);
            })
            .WithName("PostArticle")
            .WithSummary("Codes a pasted article and stores it (published defaults to today); needs the API key (X-Api-Key) when the server has one.")
            .Accepts<PasteRequest>("application/json")
            .Produces<PasteResult>(201).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(413);
    }

    /// <summary>Where the body starts: after the header lines the reader took title, date and address from (0 without a header).</summary>
    private static int BodyStart(string text, DateOnly? published)
    {
        // The stored text is the one that was read, so reading it again finds the same header; a text the reader now
        // refuses (rules changed since) is shown whole.
        try { return EventExtractor.ReadArticle(text, "stored", published ?? DateOnly.MinValue).BodyStart; }
        catch (ArticleFormatException) { return 0; }
    }

    /// <summary>Why a write is refused, or null: no key set off loopback, or a missing or wrong key.</summary>
    private static IResult? Refusal(HttpContext http, BindingPolicy binding)
    {
        if (binding.StoreReadOnly)
            return Results.Problem(statusCode: 403, title: "Writes are off", detail: "The store is read-only to this server; it is served for reading only.");
        if (!binding.WritesNeedKey) return null;
        if (binding.ApiKey is null)
            return Results.Problem(statusCode: 403, title: "Writes are off", detail: "This server listens beyond loopback without --api-key, so it refuses writes.");
        string given = http.Request.Headers["X-Api-Key"].ToString();
        if (given.Length == 0 && http.Request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal)) given = auth[7..];
        if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(binding.ApiKey))) return null;
        return Results.Problem(statusCode: 401, title: "API key required", detail: "Writes need the server's API key in the X-Api-Key header.");
    }
}
