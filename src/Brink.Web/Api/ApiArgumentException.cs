namespace Brink.Web.Api;

/// <summary>A request parameter that cannot be used; answered with a 400 problem naming the parameter.</summary>
internal sealed class ApiArgumentException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}
