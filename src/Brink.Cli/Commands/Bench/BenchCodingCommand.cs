using System.ComponentModel;
using System.Diagnostics;
using Brink.Coding;
using Brink.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Brink.Cli.Commands.Bench;

/// <summary>`brink bench coding`: articles per second end to end (read, parse, code, serialize) on one thread.</summary>
internal sealed class BenchCodingCommand(IAnsiConsole console) : Command<BenchCodingCommand.Settings>
{
    internal sealed class Settings : CodingSettings
    {
        [CommandArgument(0, "[DIR]")]
        [Description("Folder of .txt articles (default: eval/coding)")]
        public string Input { get; init; } = "eval/coding";


        [CommandOption("--seconds <N>")]
        [Description("How long to measure after warm-up (default 5)")]
        public double Seconds { get; init; } = 5;

        [CommandOption("--warmup <N>")]
        [Description("Seconds of passes before measuring, so the runtime has optimized the hot code (default 3); the first pass is reported apart")]
        public double Warmup { get; init; } = 3;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.Input)) throw new CliException($"Benchmark folder '{settings.Input}' does not exist.");
        var texts = Directory.GetFiles(settings.Input, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        if (texts.Length == 0) throw new CliException($"No .txt articles in '{settings.Input}'.");
        var extractor = settings.LoadExtractor();
        long words = texts.Sum(t => (long)t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        var cold = Stopwatch.StartNew();
        RunOnce(extractor, texts);
        double coldPerSecond = texts.Length / cold.Elapsed.TotalSeconds;
        while (cold.Elapsed.TotalSeconds < settings.Warmup) RunOnce(extractor, texts);
        long articles = 0, events = 0, passes = 0;
        var rates = new List<double>();
        var sw = Stopwatch.StartNew();
        double passStart = 0;
        do
        {
            (long a, long e) = RunOnce(extractor, texts);
            articles += a;
            events += e;
            passes++;
            double now = sw.Elapsed.TotalSeconds;
            rates.Add(a / Math.Max(now - passStart, 1e-9));
            passStart = now;
        }
        while (sw.Elapsed.TotalSeconds < settings.Seconds);
        double perSecond = articles / sw.Elapsed.TotalSeconds;
        double wordsPerArticle = (double)words / texts.Length;
        console.MarkupLineInterpolated($"{texts.Length} articles, {wordsPerArticle:F0} words each on average, {events / passes} events per pass");
        console.MarkupLineInterpolated($"[bold]{perSecond:F1} articles/second[/] on one thread (read, parse, code, serialize to JSON)");
        console.MarkupLineInterpolated($"= {perSecond * wordsPerArticle / 700:F1} articles of 700 words per second per core (after {settings.Warmup:0.#} s of warm-up)");
        var spread = PassSpread.Of(rates);
        double per700 = wordsPerArticle / 700;
        console.MarkupLineInterpolated($"per pass: {spread.Passes} passes, slowest {spread.Slowest * per700:F1}, median {spread.Median * per700:F1}, fastest {spread.Fastest * per700:F1} articles of 700 words per second");
        console.MarkupLineInterpolated($"first pass, code not yet optimized: {coldPerSecond:F1} articles/second = {coldPerSecond * wordsPerArticle / 700:F1} of 700 words");
        return 0;
    }

    private static (long Articles, long Events) RunOnce(EventExtractor extractor, string[] texts)
    {
        long events = 0;
        using var sink = new MemoryStream();
        foreach (var t in texts)
        {
            var article = EventExtractor.ReadArticle(t, "bench");
            foreach (var e in extractor.Code(article))
            {
                using var w = new System.Text.Json.Utf8JsonWriter(sink);
                EventJsonWriter.Write(e, w);
                events++;
            }
        }
        return (texts.Length, events);
    }
}
