using System.ComponentModel;
using Brink.Analysis;
using Brink.Cli.Commands.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Backtest;

/// <summary>`brink backtest`: Brink's alerts and two baselines against a list of known crisis onsets.</summary>
internal sealed class BacktestCommand(IAnsiConsole console) : Command<BacktestCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandOption("--crises <FILE>")]
        [Description("Crisis list (tab-separated onset, side_a, side_b, kind, name, source; as data/crises.tsv)")]
        public string? Crises { get; init; }

        [CommandOption("--from <YYYY-MM-DD>")]
        [Description("First day scored (default: 14 days before the first listed onset)")]
        public string? From { get; init; }

        [CommandOption("--to <YYYY-MM-DD>")]
        [Description("Last day scored (default: 3 days after the last listed onset)")]
        public string? To { get; init; }

        [CommandOption("--plot <FILE>")]
        [Description("Draw the curves of crises caught against false alarms (.png or .svg)")]
        public string? Plot { get; init; }

        [CommandOption("--json")]
        [Description("Print the figures as one JSON object on the last line")]
        public bool Json { get; init; }

        [CommandOption("--busiest <N>")]
        [Description("How many of the busiest dyads (both directions) false alarms are counted on (default 50)")]
        public int Busiest { get; init; } = 50;

        [CommandOption("--both-directions")]
        [Description("Sum a dyad's two directions into one series before the alert test (default: each direction alerts on its own)")]
        public bool BothDirections { get; init; }

        [CommandOption("--window <DAYS>")]
        [Description("Days an event keeps counting in the index (default: the index's own)")]
        public int? Window { get; init; }

        [CommandOption("--half-life <DAYS>")]
        [Description("Days after which an event counts half (default: the index's own)")]
        public double? HalfLife { get; init; }

        [CommandOption("--baseline <DAYS>")]
        [Description("Days of history the alert test compares against (default: the index's own)")]
        public int? Baseline { get; init; }

        [CommandOption("--alert-z <Z>")]
        [Description("Standard deviations from the baseline that alert (default: the index's own)")]
        public double? AlertZ { get; init; }

        [CommandOption("--min-sigma <POINTS>")]
        [Description("Floor of the baseline's standard deviation (default: the index's own)")]
        public double? MinSigma { get; init; }

        [CommandOption("--min-move <POINTS>")]
        [Description("Smallest move of the index that can alert (default: the index's own)")]
        public double? MinMove { get; init; }

        [CommandOption("--cooperation <FACTOR>")]
        [Description("What a cooperative event's weight counts for against a conflictual one's in the index (default 1, as shipped; 0 ignores cooperation)")]
        public double Cooperation { get; init; } = 1;

        [CommandOption("--min-history <DAYS>")]
        [Description("Days with events a dyad must have had in its baseline before its index may alert (default 0, as shipped: a dyad's first events may alert)")]
        public int MinHistory { get; init; }

        public override ValidationResult Validate() =>
            Crises is null ? ValidationResult.Error("give the crisis list: --crises data/crises.tsv.")
            : Busiest < 1 ? ValidationResult.Error("--busiest must be at least 1.")
            : Cooperation < 0 || MinHistory < 0 ? ValidationResult.Error("--cooperation and --min-history must not be negative.")
            : Window < 1 || HalfLife <= 0 || Baseline < 2 || AlertZ <= 0 || MinSigma <= 0 || MinMove < 0
                ? ValidationResult.Error("--window and --half-life must be positive, --baseline at least 2, --alert-z and --min-sigma positive, --min-move not negative.")
            : ValidationResult.Success();

        /// <summary>The index's settings with the options given.</summary>
        public EscalationSettings Escalation()
        {
            var s = new EscalationSettings();
            return s with
            {
                WindowDays = Window ?? s.WindowDays, HalfLifeDays = HalfLife ?? s.HalfLifeDays, BaselineDays = Baseline ?? s.BaselineDays,
                AlertZ = AlertZ ?? s.AlertZ, MinSigma = MinSigma ?? s.MinSigma, MinMove = MinMove ?? s.MinMove,
            };
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var from = CliDates.Parse(settings.From, "--from");
        var to = CliDates.Parse(settings.To, "--to");
        var list = CrisisReader.Read(CliInput.RequireFile(settings.Crises!, "--crises"));
        foreach (var e in list.Errors) Console.Error.WriteLine("brink: " + e + " (skipped)");
        using var store = settings.OpenForReading();
        var report = CrisisBacktest.Run(store, list.Crises, from, to, settings.Escalation(), settings.BothDirections, settings.Busiest, settings.Cooperation, settings.MinHistory);
        if (!settings.Json)
        {
            var crises = new Table().AddColumns("onset", "dyad", "kind", "crisis", "Brink", "lead (days)", "count spike", "conflict spike");
            var baselines = report.Scores.Where(s => s.Detector != Detector.Brink).ToList();
            for (int i = 0; i < report.Brink.Crises.Count; i++)
            {
                var o = report.Brink.Crises[i];
                crises.AddRow([o.Crisis.Onset.ToString("yyyy-MM-dd"), $"{o.Crisis.SideA}-{o.Crisis.SideB}", o.Crisis.Kind.ToString().ToLowerInvariant(),
                    Markup.Escape(o.Crisis.Name), o.Hit ? "hit" : "-", o.LeadDays?.ToString() ?? "", .. baselines.Select(b => b.Crises[i].Hit ? "hit" : "-")]);
            }
            console.Write(crises);
            var scores = new Table().AddColumns("detector", "onsets caught", "median lead (days)", "false alarms / dyad-year", "caught at <= 1 false alarm / dyad-year");
            foreach (var s in report.Scores)
                scores.AddRow(BacktestJson.Name(s.Detector), $"{100 * s.HitRate:F0}% of {report.Crises}", s.MedianLeadDays?.ToString("F1") ?? "-",
                    $"{s.FalseAlarmsPerDyadYear:F2}", $"{100 * s.HitRateAt(1):F0}%");
            console.Write(scores);
            console.WriteLine($"{report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd}, alarms at z >= {report.Brink.Threshold}; false alarms on the {report.BusiestDyads} busiest dyads ({report.DyadYears:F0} dyad-years).");
        }
        if (settings.Plot is { } plot)
        {
            BacktestChart.Save(report, plot);
            if (!settings.Json) console.WriteLine($"Curves written to {plot}");
        }
        if (settings.Json) Console.WriteLine(BacktestJson.Write(report));
        return list.Errors.Count > 0 ? 1 : 0;
    }
}
