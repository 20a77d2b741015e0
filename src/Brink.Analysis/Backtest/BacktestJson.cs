using System.Text.Json;

namespace Brink.Analysis;

/// <summary>A backtest as one line of JSON: Brink's hit_rate, median_lead_days, false_alarms_per_dyad_year and crises, the baselines' three figures.</summary>
public static class BacktestJson
{
    /// <summary>The report as one JSON object on one line.</summary>
    public static string Write(BacktestReport report)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WriteString("from", report.From.ToString("yyyy-MM-dd"));
            w.WriteString("to", report.To.ToString("yyyy-MM-dd"));
            w.WriteNumber("threshold_z", report.Brink.Threshold);
            w.WriteNumber("busiest_dyads", report.BusiestDyads);
            w.WriteNumber("dyad_years", Math.Round(report.DyadYears, 2));
            Figures(w, report.Brink);
            w.WriteStartArray("crises");
            foreach (var o in report.Brink.Crises)
            {
                w.WriteStartObject();
                w.WriteString("onset", o.Crisis.Onset.ToString("yyyy-MM-dd"));
                w.WriteStartArray("sides");
                w.WriteStringValue(o.Crisis.SideA);
                w.WriteStringValue(o.Crisis.SideB);
                w.WriteEndArray();
                w.WriteString("kind", o.Crisis.Kind == CrisisKind.Escalation ? "escalation" : "deescalation");
                w.WriteString("name", o.Crisis.Name);
                w.WriteBoolean("hit", o.Hit);
                if (o.LeadDays is { } lead) w.WriteNumber("lead_days", lead); else w.WriteNull("lead_days");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("baselines");
            foreach (var s in report.Scores.Where(s => s.Detector != Detector.Brink))
            {
                w.WriteStartObject(Name(s.Detector));
                Figures(w, s);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteStartObject("curves");
            foreach (var s in report.Scores)
            {
                w.WriteStartArray(Name(s.Detector));
                foreach (var p in s.Curve)
                {
                    w.WriteStartObject();
                    w.WriteNumber("threshold_z", p.Threshold);
                    w.WriteNumber("hit_rate", Math.Round(p.HitRate, 4));
                    w.WriteNumber("false_alarms_per_dyad_year", Math.Round(p.FalseAlarmsPerDyadYear, 4));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>The JSON name of a detector.</summary>
    public static string Name(Detector d) => d switch { Detector.Brink => "brink", Detector.EventCount => "event_count", _ => "conflict_score" };

    private static void Figures(Utf8JsonWriter w, DetectorScore s)
    {
        w.WriteNumber("hit_rate", Math.Round(s.HitRate, 4));
        if (s.MedianLeadDays is { } m) w.WriteNumber("median_lead_days", m); else w.WriteNull("median_lead_days");
        w.WriteNumber("false_alarms_per_dyad_year", Math.Round(s.FalseAlarmsPerDyadYear, 4));
        w.WriteNumber("hit_rate_at_one_false_alarm", Math.Round(s.HitRateAt(1), 4));
    }
}
