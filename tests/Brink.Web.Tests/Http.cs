using System.Text;
using System.Text.Json;

namespace Brink.Web.Tests;

/// <summary>Small HTTP helpers: JSON GET/POST and problem-details checks.</summary>
internal static class Http
{
    public static HttpClient Client(string baseUrl) => new() { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };

    public static async Task<JsonElement> Json(this HttpClient http, string url)
    {
        using var r = await http.GetAsync(url);
        string body = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{url}: {(int)r.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<(int Status, string ContentType, JsonElement Body)> Send(this HttpClient http, HttpMethod method, string url, string? json = null,
        string? apiKey = null)
    {
        using var req = new HttpRequestMessage(method, url);
        if (json is not null) req.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (apiKey is not null) req.Headers.Add("X-Api-Key", apiKey);
        using var r = await http.SendAsync(req);
        string body = await r.Content.ReadAsStringAsync();
        var parsed = body.Length > 0 && body.TrimStart().StartsWith('{') ? JsonDocument.Parse(body).RootElement.Clone() : default;
        return ((int)r.StatusCode, r.Content.Headers.ContentType?.MediaType ?? "", parsed);
    }

    /// <summary>Asserts an RFC 7807 answer with the given status (and the parameter it blames, when given).</summary>
    public static async Task Problem(this HttpClient http, string url, int status, string? parameter = null)
    {
        var (code, type, body) = await http.Send(HttpMethod.Get, url);
        Assert.Equal(status, code);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("title").GetString()));
        if (parameter is not null) Assert.Equal(parameter, body.GetProperty("parameter").GetString());
    }
}
