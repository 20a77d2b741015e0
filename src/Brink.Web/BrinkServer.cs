using Brink.Store;
using Brink.Web.Api;
using Brink.Web.Data;
using Brink.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Brink.Web;

/// <summary>
/// Brink's web server: the JSON API under /api/, its OpenAPI document, and the dashboard, in one Kestrel
/// process. Started by `brink serve` and by the tests (on port 0, then <see cref="Urls"/> says where).
/// </summary>
public sealed class BrinkServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BrinkServer(WebApplication app, IReadOnlyList<string> urls, bool writesNeedKey, bool storeReadOnly)
    {
        _app = app;
        Urls = urls;
        WritesNeedKey = writesNeedKey;
        StoreReadOnly = storeReadOnly;
    }

    /// <summary>The store is read-only to this process: it is served with writes off.</summary>
    public bool StoreReadOnly { get; }

    /// <summary>The addresses actually bound (with the real port when 0 was asked).</summary>
    public IReadOnlyList<string> Urls { get; }

    /// <summary>Whether POST /api/articles needs the API key (always when a key is set; refused without one off loopback).</summary>
    public bool WritesNeedKey { get; }

    /// <summary>Opens the store (failing early on a bad one), binds the addresses and starts serving.</summary>
    public static async Task<BrinkServer> StartAsync(BrinkServerOptions options, CancellationToken cancel = default)
    {
        var binding = BindingPolicy.Parse(options.Urls, options.ApiKey);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "Brink.Web", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(binding.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestLineSize = 8 * 1024;
        });
        builder.Logging.ClearProviders();
        if (options.LogRequests) builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Brink API";
            doc.Info.Description = "PLOVER events coded from news articles, dyad escalation series and alerts.";
            return Task.CompletedTask;
        }));
        var stores = new StorePool(options.Db);
        try { stores.Return(stores.Rent()); } // opens (and migrates) once now, so a bad --db fails at start, not on the first request
        catch (StoreException e) when (e.IsReadOnly)
        {
            // A store this process may read but not write is served for reading, with writes off.
            stores = new StorePool(options.Db, readOnly: true);
            stores.Return(stores.Rent());
            binding = binding with { StoreReadOnly = true };
        }
        builder.Services.AddSingleton(stores);
        builder.Services.AddSingleton(binding);
        builder.Services.AddSingleton(new ViewCache());
        builder.Services.AddSingleton(new CoderHolder(options.ModelDir, options.DataDir));
        builder.Services.AddSingleton(new ActorNames(options.DataDir));
        builder.Services.AddSingleton<PasteWriter>();

        var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        ServeMetrics.Map(app, stores);
        app.MapOpenApi("/openapi/{documentName}.json");
        ApiEndpoints.Map(app);
        StaticAssets.Map(app);
        await app.StartAsync(cancel).ConfigureAwait(false);
        // A store just migrated to the day table is filled in the background; until then its series are built from reports.
        if (!stores.ReadOnly && stores.Use(s => s.StaleEventCount()) > 0)
        {
            var writer = app.Services.GetRequiredService<PasteWriter>();
            _ = Task.Run(() => writer.FillDayTable(app.Lifetime.ApplicationStopping), CancellationToken.None);
        }
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        return new BrinkServer(app, bound, binding.WritesNeedKey, binding.StoreReadOnly);
    }

    /// <summary>Waits until the server is stopped (Ctrl+C in `brink serve`).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancel = default) => _app.WaitForShutdownAsync(cancel);

    /// <summary>Stops serving, letting requests in flight finish.</summary>
    internal Task StopAsync(CancellationToken cancel = default) => _app.StopAsync(cancel);

    public async ValueTask DisposeAsync()
    {
        var stores = _app.Services.GetService<StorePool>();
        var writer = _app.Services.GetService<PasteWriter>();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        stores?.Dispose();
        writer?.Dispose();
    }
}
