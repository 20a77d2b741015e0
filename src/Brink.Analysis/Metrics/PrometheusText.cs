using System.Globalization;
using System.Text;

namespace Brink.Analysis;

/// <summary>Counters and gauges in the Prometheus text exposition format (version 0.0.4), for `brink worker` and `brink serve` alike.</summary>
public sealed class PrometheusText
{
    /// <summary>The content type scrapers expect.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly StringBuilder _text = new();

    /// <summary>A counter (a total that only grows); <paramref name="name"/> ends in _total by convention.</summary>
    public PrometheusText Counter(string name, string help, double value) => Add(name, "counter", help, value);

    /// <summary>A gauge (a value that goes up and down).</summary>
    public PrometheusText Gauge(string name, string help, double value) => Add(name, "gauge", help, value);

    private PrometheusText Add(string name, string type, string help, double value)
    {
        _text.Append("# HELP ").Append(name).Append(' ').Append(help.Replace("\\", "\\\\").Replace("\n", "\\n")).Append('\n');
        _text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        _text.Append(name).Append(' ').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        return this;
    }

    public override string ToString() => _text.ToString();
}
