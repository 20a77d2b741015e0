using Microsoft.AspNetCore.Http;

namespace Brink.Web.Hosting;

/// <summary>
/// Headers on every response: a strict Content-Security-Policy (only this server's own scripts and styles, no
/// inline code, no framing), no MIME sniffing, no referrer. Serving loopback-only, requests must name a local
/// host, which defeats DNS-rebinding pages.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, BindingPolicy binding)
{
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var h = context.Response.Headers;
        h.ContentSecurityPolicy = Policy;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        h["Cross-Origin-Resource-Policy"] = "same-origin";
        if (binding.LoopbackOnly && !BindingPolicy.IsLocalHost(context.Request.Host.Host))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            return context.Response.WriteAsync("This server answers only to localhost.");
        }
        return next(context);
    }
}
