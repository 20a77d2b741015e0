using Brink.Analysis;
using Brink.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Brink.Web.Api;

/// <summary>The known crisis onsets the store holds (brink crises load): all, or those of one dyad in either direction.</summary>
internal static class CrisesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/crises", (StorePool pool, string? actor, string? recipient) =>
            {
                string? a = QueryArgs.Party(actor, "actor"), b = QueryArgs.Party(recipient, "recipient");
                if ((a is null) != (b is null)) QueryArgs.Fail(a is null ? "actor" : "recipient", "Give both 'actor' and 'recipient' for a dyad's crises, or neither for all.");
                // Not cached: a list loaded by `brink crises load` shows on the next request.
                return pool.Use(s => Crisis.Stored(s, a, b));
            })
            .WithName("ListCrises").WithSummary("Stored crisis onsets (onset, sides, kind, name, source), oldest first: all, or a dyad's in either direction.")
            .Produces<IReadOnlyList<Crisis>>().ProducesProblem(400);
    }
}
