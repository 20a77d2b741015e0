using Brink.Cli.Commands;
using Brink.Cli.Commands.Bench;
using Brink.Cli.Commands.Build;
using Brink.Cli.Commands.Code;
using Brink.Cli.Commands.Eval;
using Brink.Cli.Commands.Parse;
using Brink.Cli.Commands.Train;
using Brink.Cli.Commands.Store;
using Brink.Cli.Commands.Analysis;
using Brink.Cli.Commands.Demo;
using Brink.Cli.Commands.Generate;
using Brink.Cli.Commands.Annotations;
using Brink.Cli.Commands.Crises;
using Brink.Cli.Commands.Queue;
using Spectre.Console;
using Spectre.Console.Cli;

var console = AnsiConsole.Console;
// Redirected output has no terminal width to follow; tables stay readable at 160 columns.
if (Console.IsOutputRedirected) console.Profile.Width = 160;
var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("brink");
    // A mistyped option (--publshed) is an error, not an extra argument that is silently dropped or taken as a value.
    config.Settings.StrictParsing = true;
    config.Settings.Registrar.RegisterInstance<IAnsiConsole>(console);
    config.SetExceptionHandler((ex, _) => ErrorReport.Print(ex, args));
    config.AddCommand<ParseCommand>("parse").WithDescription("Tokenize, tag, lemmatize, parse and find entities; print CoNLL-U or JSON.")
        .WithExample("parse", "examples/press-briefing.txt").WithExample("parse", "-", "--format", "json");
    config.AddCommand<CodeCommand>("code").WithDescription("Code PLOVER events (who did what to whom, when, who says so) from news articles.")
        .WithExample("code", "examples/gulf-talks.txt", "--format", "table");
    config.AddCommand<IngestCommand>("ingest").WithDescription("Code articles, feeds and JSON lines and store them (idempotent; one transaction per batch).")
        .WithExample("ingest", "examples/demo", "--db", "demo.db");
    config.AddCommand<RecodeCommand>("recode").WithDescription("Code stored articles again after a model or lexicon change (--queue: by the workers).");
    // No help example: it would need a queue and a server to run (the README tests run every example); see docs/scale-out.md.
    config.AddCommand<WorkerCommand>("worker").WithDescription("Take articles from a NATS JetStream queue, code them on all cores and store each batch in one transaction.");
    config.AddBranch("queue", queue =>
    {
        queue.SetDescription("The NATS JetStream work queue of `brink ingest --queue` and `brink worker`.");
        queue.AddCommand<QueueStatusCommand>("status").WithDescription("Pending, in-flight and dead-lettered messages per stream and consumer.");
    });
    config.AddCommand<PartitionCommand>("partition").WithDescription("Partition a PostgreSQL store's report tables by month (opt-in; see docs/scale-out.md), with no writer running.");
    config.AddCommand<DigestCommand>("digest").WithDescription("One hash of the store's articles, reports, events and day rows (no row ids), to compare two stores.");
    config.AddCommand<DyadCommand>("dyad").WithDescription("Daily table, escalation index and alerts of a directed dyad; --plot draws the chart.")
        .WithExample("dyad", "VEN", "GUY", "--db", "demo.db", "--plot", "ven-guy.png");
    config.AddCommand<DyadsCommand>("dyads").WithDescription("The directed dyads of the store, most reported first (the codes `brink dyad` takes).");
    config.AddCommand<AlertsCommand>("alerts").WithDescription("Days on which a dyad's index moved beyond what its own history explains.");
    config.AddCommand<Brink.Cli.Commands.Backtest.BacktestCommand>("backtest").WithDescription("Score the alerts and two baselines against known crisis onsets (hits, lead time, false alarms, curves).");
    config.AddCommand<EventsCommand>("events").WithDescription("Stored events (merged reports) with filters, as a table or JSON lines.");
    config.AddCommand<ExportCommand>("export").WithDescription("Export stored events as JSON lines, CSV or GDELT 2.0 event rows.");
    config.AddBranch("crises", crises =>
    {
        crises.SetDescription("Known crisis onsets in the store: list them, or load a crisis file (data/crises.tsv) for the dashboard's chart.");
        // `brink crises` lists; `brink crises list --help` shows the listing's options, which a branch's help does not.
        crises.SetDefaultCommand<CrisesCommand>();
        crises.AddCommand<CrisesCommand>("list").WithDescription("The stored crisis onsets, oldest first (also `brink crises` alone).");
        crises.AddCommand<CrisesLoadCommand>("load").WithDescription("Store a crisis list (tab-separated onset, side_a, side_b, kind, name, source), replacing the one the store held.")
            .WithExample("crises", "load", "data/crises.tsv", "--db", "demo.db");
    });
    config.AddCommand<DemoCommand>("demo").WithDescription("Ingest the shipped real news (Middle East, Oct 2023 to Jun 2024) into a fresh store; print the Iran-Israel tables and alerts, draw the charts.");
    config.AddCommand<GenerateCommand>("generate").WithDescription("Write a synthetic corpus of news-like articles (JSON lines) for load tests.");
    config.AddCommand<Brink.Cli.Commands.Serve.ServeCommand>("serve").WithDescription("Serve the JSON API and the dashboard over an event store (loopback by default).");
    config.AddBranch("train", train =>
    {
        train.SetDescription("Train models from open data.");
        train.AddCommand<TrainTextCommand>("text").WithDescription("Train the tagger, parser and entity recognizer on UD English EWT and UNER.");
        train.AddCommand<TrainCodingCommand>("coding").WithDescription("Train the coder's type, argument and modality models on annotated real news (data/annotations).");
    });
    config.AddBranch("build", build =>
    {
        build.SetDescription("Derive the compact tables Brink ships from open data.");
        build.AddCommand<BuildVerbsCommand>("verbs").WithDescription("Verbs with the PLOVER types they can code, from the PETRARCH2 CAMEO dictionary (data/lexicon/petrarch-verbs.tsv).");
        build.AddCommand<BuildPlacesCommand>("places").WithDescription("Place names with countries from the GeoNames gazetteer (data/places/places.tsv).");
        build.AddCommand<BuildExcerptCommand>("excerpt").WithDescription("The demo's excerpt of the Current Events corpus: the rows of a period that match (data/demo).");
        build.AddCommand<BuildActorsCommand>("actors").WithDescription("Persons with dated roles, organizations and agent words from the PETRARCH2 dictionaries (data/actors/petrarch2-*.tsv).");
    });
    config.AddBranch("annotations", annotations =>
    {
        annotations.SetDescription("Build and check the annotated real-news data (data/annotations/).");
        annotations.AddCommand<AnnotationsSampleCommand>("sample").WithDescription("Draw Current Events rows to annotate, stratified by year, with a seed.");
        annotations.AddCommand<AnnotationsResolveCommand>("resolve").WithDescription("Turn an annotator's working file (spans as text) into checked annotations with offsets.");
        annotations.AddCommand<AnnotationsAgreeCommand>("agree").WithDescription("Agreement of two independent annotations of the same rows (kappa on type, parties, modality).");
        annotations.AddCommand<AnnotationsSplitCommand>("split").WithDescription("Split annotated rows into train, dev and test by day, from a seed.");
    });
    config.AddBranch("eval", eval =>
    {
        eval.SetDescription("Measure quality against gold data.");
        eval.AddCommand<EvalTextCommand>("text").WithDescription("Score the text pipeline on a CoNLL-U file (and UNER labels).");
        eval.AddCommand<EvalCodingCommand>("coding").WithDescription("Score the event coder on annotated real sentences (--annotations) or annotated articles (--gold).");
    });
    config.AddBranch("bench", bench =>
    {
        bench.SetDescription("Measure speed and memory.");
        bench.AddCommand<BenchTextCommand>("text").WithDescription("Whole-pipeline tokens per second on one thread.");
        bench.AddCommand<BenchWebCommand>("web").WithDescription("Latency of each dashboard API call on a store (optionally filled with synthetic events).");
        bench.AddCommand<BenchCodingCommand>("coding").WithDescription("Articles per second end to end on one thread.");
        bench.AddCommand<BenchStoreCommand>("store").WithDescription("Fill a store with synthetic events, then time dyad queries.");
    });
});
// Spectre reads a lone "-" as an option prefix; the conventional stdin argument is passed on as a marker.
return app.Run(args.Select(a => a == "-" ? CliInput.StdinMarker : a));
