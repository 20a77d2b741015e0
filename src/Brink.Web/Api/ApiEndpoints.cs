using Brink.Coding;
using Brink.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Brink.Web.Api;

/// <summary>The JSON API under /api/, with one place that turns failures into RFC 7807 problems.</summary>
internal static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(async (context, next) =>
        {
            try { return await next(context).ConfigureAwait(false); }
            catch (ApiArgumentException e)
            {
                return Results.Problem(statusCode: 400, title: "Invalid request parameter", detail: e.Message, type: "https://brink.example/problems/invalid-parameter",
                    extensions: new Dictionary<string, object?> { ["parameter"] = e.Parameter });
            }
            catch (ArticleFormatException e)
            {
                return Results.Problem(statusCode: 400, title: "Unreadable article", detail: e.Message, type: "https://brink.example/problems/unreadable-article");
            }
            catch (StoreException e)
            {
                return Results.Problem(statusCode: 503, title: "Event store unavailable", detail: e.Message, type: "https://brink.example/problems/store");
            }
        });
        EventsApi.Map(api);
        DyadsApi.Map(api);
        CrisesApi.Map(api);
        ArticlesApi.Map(api);
        OverviewApi.Map(api);
        // Anything else under /api/ is a typed 404, not the dashboard's catch-all.
        api.MapMethods("/{**rest}", ["GET", "POST", "PUT", "DELETE", "PATCH"], (HttpContext http, string rest) =>
            // POST /api/articles with another body type lands here, since the JSON endpoint does not match it.
            rest == "articles" && HttpMethods.IsPost(http.Request.Method)
                ? Results.Problem(statusCode: 415, title: "Unsupported body", detail: "Send the article as application/json: {\"text\": \"...\"}.")
                : Results.Problem(statusCode: 404, title: "No such API endpoint", detail: $"There is no endpoint /api/{rest}; see /openapi/v1.json."))
            .ExcludeFromDescription();
    }
}
