using System.Diagnostics;
using Brink.Text.Conllu;
using Brink.Text.Entities;
using Brink.Text.Parsing;
using Brink.Text.Tokenization;
using Brink.Text.Training;

namespace Brink.Text.Evaluation;

/// <summary>Scores a pipeline on any CoNLL-U file (and optionally UNER labels), from gold tokens and from raw text.</summary>
public static class TextEvaluation
{
    /// <summary>Runs every measurement of `brink eval text`.</summary>
    public static TextEvaluationResult Run(TextPipeline pipeline, string conlluPath, string? nerPath = null)
    {
        var sentences = ConlluReader.ReadFile(conlluPath);
        if (sentences.Count == 0) throw new ConlluFormatException(conlluPath, 1, "the file holds no sentences");
        long n = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
        foreach (var s in sentences)
        {
            var sample = TreebankSample.From(s);
            pipeline.Annotate(sample.Doc);
            for (int i = 0; i < sample.Length; i++)
            {
                var t = sample.Doc[i];
                var g = s.Words[i];
                n++;
                if (t.Upos == g.Upos) upos++;
                if (t.Xpos == g.Xpos) xpos++;
                if (t.Lemma == g.Lemma) lemma++;
                if (t.Head == g.Head - 1)
                {
                    uas++;
                    if (ParserScore.Universal(t.Dep) == g.BaseDeprel) las++;
                }
            }
        }

        var raw = RawTreebank.Build(sentences, conlluPath);
        var doc = pipeline.Process(raw.Text);
        var seg = RawSegmentationScore.Score(raw.Text, raw.Tokens, raw.Sentences, doc);
        var (tps, bytesPerToken) = MeasureSpeed(pipeline, raw.Text);

        return new TextEvaluationResult
        {
            File = conlluPath,
            Sentences = sentences.Count,
            Words = (int)n,
            Upos = Pct(upos, n), Xpos = Pct(xpos, n), Lemma = Pct(lemma, n), Uas = Pct(uas, n), Las = Pct(las, n),
            RawTokensF1 = 100 * seg.TokenF1,
            RawSentencesF1 = 100 * seg.SentenceF1,
            RawLas = RawLas(raw, doc),
            NerF1 = nerPath is null ? null : NerF1(pipeline, nerPath),
            TokensPerSecond = tps,
            AllocatedBytesPerToken = bytesPerToken,
            PeakMemoryMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0),
        };
    }

    private static double Pct(long a, long b) => b == 0 ? 0 : Math.Round(100.0 * a / b, 2);

    /// <summary>Whole-pipeline throughput on one thread after a warm-up of <paramref name="warmupSeconds"/> (one run at least), and bytes allocated per token.</summary>
    /// <remarks>
    /// The warm-up lets the runtime finish optimizing the hot methods: a steady state, as in a long ingest. With
    /// <paramref name="passRates"/>, each measured pass's own tokens per second are added to it.
    /// </remarks>
    public static (double TokensPerSecond, double BytesPerToken) MeasureSpeed(TextPipeline pipeline, string text, double minSeconds = 2, double warmupSeconds = 1,
        List<double>? passRates = null)
    {
        var warmup = Stopwatch.StartNew();
        do pipeline.Process(text);
        while (warmup.Elapsed.TotalSeconds < warmupSeconds);
        long tokens = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        double passStart = 0;
        do
        {
            int count = pipeline.Process(text).Count;
            tokens += count;
            double now = sw.Elapsed.TotalSeconds;
            passRates?.Add(count / Math.Max(now - passStart, 1e-9));
            passStart = now;
        }
        while (sw.Elapsed.TotalSeconds < minSeconds);
        sw.Stop();
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        return (tokens / sw.Elapsed.TotalSeconds, tokens == 0 ? 0 : (double)bytes / tokens);
    }

    /// <summary>LAS as an F1 over syntactic words aligned by character span (CoNLL 2018).</summary>
    private static double RawLas(RawTreebank raw, Doc doc)
    {
        var goldBySpan = new Dictionary<CharSpan, int>(raw.Words.Length);
        for (int i = 0; i < raw.Words.Length; i++) goldBySpan.TryAdd(raw.Words[i], i);
        var aligned = new int[doc.Count];
        for (int i = 0; i < doc.Count; i++)
            aligned[i] = goldBySpan.TryGetValue(new CharSpan(doc[i].Start, doc[i].End), out int g) ? g : -2;
        long correct = 0;
        for (int i = 0; i < doc.Count; i++)
        {
            int g = aligned[i];
            if (g < 0) continue;
            int head = doc[i].Head;
            int mappedHead = head < 0 ? -1 : aligned[head];
            if (mappedHead == raw.Heads[g] && ParserScore.Universal(doc[i].Dep) == raw.Relations[g]) correct++;
        }
        double p = doc.Count == 0 ? 0 : (double)correct / doc.Count, r = (double)correct / raw.Words.Length;
        return p + r == 0 ? 0 : Math.Round(100 * 2 * p * r / (p + r), 2);
    }

    private static double NerF1(TextPipeline pipeline, string nerPath) =>
        Math.Round(EntityScore.Evaluate(EntitySample.Load(nerPath), pipeline.Annotate, (doc, i) => doc[i].Entity).F1, 2);
}
