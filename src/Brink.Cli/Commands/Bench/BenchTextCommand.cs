using System.ComponentModel;
using Brink.Text;
using Brink.Text.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Bench;

/// <summary>`brink bench text`: whole-pipeline throughput and allocations on one thread.</summary>
internal sealed class BenchTextCommand(IAnsiConsole console) : Command<BenchTextCommand.Settings>
{
    internal sealed class Settings : ModelSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("UTF-8 text file to process (default: the bundled examples)")]
        public string? Input { get; init; }

        [CommandOption("--seconds <N>")]
        [Description("How long to measure after warm-up (default 5)")]
        public double Seconds { get; init; } = 5;

        [CommandOption("--warmup <N>")]
        [Description("Seconds of passes before measuring, so the runtime has optimized the hot code (default 1)")]
        public double Warmup { get; init; } = 1;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string text = settings.Input is null ? BundledExamples() : CliInput.ReadText(settings.Input);
        if (text.Length == 0) throw new CliException("The benchmark input is empty.");
        var started = System.Diagnostics.Stopwatch.StartNew();
        var pipeline = TextPipeline.Load(TextPipeline.ResolveModelDir(settings.Models));
        var loadMs = started.Elapsed.TotalMilliseconds;
        var rates = new List<double>();
        var (tps, bytes) = TextEvaluation.MeasureSpeed(pipeline, text, settings.Seconds, settings.Warmup, rates);
        var spread = PassSpread.Of(rates);
        var peak = System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        console.MarkupLineInterpolated($"model load: {loadMs:F0} ms");
        console.MarkupLineInterpolated($"input: {text.Length:N0} chars, {pipeline.Process(text).Count:N0} tokens");
        console.MarkupLineInterpolated($"throughput: [bold]{tps:N0} tokens/second[/] (one thread, whole pipeline)");
        console.MarkupLineInterpolated($"per pass: {spread.Passes} passes, slowest {spread.Slowest:N0}, median {spread.Median:N0}, fastest {spread.Fastest:N0} tokens/second");
        console.MarkupLineInterpolated($"allocated: {bytes:F1} bytes/token (the Doc's own arrays; no per-token temporaries)");
        console.MarkupLineInterpolated($"peak memory: {peak:F0} MB");
        var ticks = new long[pipeline.Components.Count];
        for (int i = 0; i < 3; i++) pipeline.Process(text, ticks);
        long total = ticks.Sum();
        for (int i = 0; i < ticks.Length; i++)
            console.MarkupLineInterpolated($"  {pipeline.Components[i].Name,-10} {100.0 * ticks[i] / total,5:F1}% of the time");
        return 0;
    }

    private static string BundledExamples()
    {
        var dir = Path.Combine(Path.GetDirectoryName(TextPipeline.ResolveModelDir(null)) ?? ".", "examples");
        if (!Directory.Exists(dir)) throw new CliException($"No input given and no examples folder at '{dir}'.");
        return string.Join("\n\n", Directory.GetFiles(dir, "*.txt").Order().Select(File.ReadAllText));
    }
}
