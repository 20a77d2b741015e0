// Compares two builds of Brink in one process, so the speed of this shared virtual machine, which drifts by a third
// from minute to minute, cancels out: each build is loaded into its own AssemblyLoadContext and the two alternate whole
// passes over the same input (each build loaded twice, in the order A B B A). Prints the mean and median of the per-round speed-up of B over A.
//
//   dotnet run -c Release --project bench/ab -- text  BUILD_A BUILD_B FILE.txt   [ROUNDS] [MODELS]
//   dotnet run -c Release --project bench/ab -- code  BUILD_A BUILD_B ARTICLE_DIR [ROUNDS] [MODELS] [DATA]
//
// BUILD_A and BUILD_B are copies of src/Brink.Cli/bin/Release/net10.0 from the two commits. MODELS may name two folders,
// "MODELS_A,MODELS_B", to compare builds that ship different models. "text" runs the English
// pipeline over the file; "code" reads, parses and codes every .txt article in the folder. The same build against itself
// shows the noise floor (about 3% here).
using System.Diagnostics;
using System.Runtime.Loader;

if (args.Length < 4 || args[0] is not ("text" or "code"))
{
    Console.Error.WriteLine("usage: ab text|code BUILD_A BUILD_B INPUT [ROUNDS] [MODELS] [DATA]");
    return 2;
}
string mode = args[0], input = args[3];
int rounds = args.Length > 4 ? int.Parse(args[4]) : 30;
string[] models = (args.Length > 5 ? args[5] : "models").Split(',').Select(Path.GetFullPath).ToArray();
string data = Path.GetFullPath(args.Length > 6 ? args[6] : "data");
string modelsA = models[0], modelsB = models[^1];
// Each build is loaded twice, in the order A B B A: where a build's memory lands depends on when it was loaded, and a
// single A B pair showed a bias of several percent toward one position.
var runs = new[] { Load(args[1], modelsA), Load(args[2], modelsB), Load(args[2], modelsB), Load(args[1], modelsA) };
int[] buildOf = [0, 1, 1, 0];
for (int w = 0; w < 3; w++) foreach (var r in runs) r();
double[] total = [0, 0];
var ratios = new List<double>();
for (int i = 0; i < rounds; i++)
{
    var once = new double[2];
    for (int k = 0; k < runs.Length; k++)
    {
        int j = (i + k) % runs.Length; // rotate which copy goes first
        var sw = Stopwatch.StartNew();
        runs[j]();
        once[buildOf[j]] += sw.Elapsed.TotalMilliseconds / 2;
    }
    total[0] += once[0];
    total[1] += once[1];
    ratios.Add(once[0] / once[1]);
}
ratios.Sort();
Console.WriteLine($"A {total[0] / rounds:F1} ms, B {total[1] / rounds:F1} ms a pass; B/A speed-up: mean {total[0] / total[1]:F3}, median {ratios[rounds / 2]:F3} (quartiles {ratios[rounds / 4]:F3}-{ratios[3 * rounds / 4]:F3}), {rounds} rounds");
return 0;

Action Load(string build, string models)
{
    var context = new AssemblyLoadContext(build);
    context.Resolving += (c, name) => File.Exists(Path.Combine(build, name.Name + ".dll")) ? c.LoadFromAssemblyPath(Path.Combine(build, name.Name + ".dll")) : null;
    if (mode == "text")
    {
        var type = context.LoadFromAssemblyPath(Path.Combine(build, "Brink.Text.dll")).GetType("Brink.Text.TextPipeline")!;
        var pipeline = type.GetMethod("Load", [typeof(string)])!.Invoke(null, [models])!;
        var process = type.GetMethod("Process", [typeof(string)])!;
        string text = File.ReadAllText(input);
        return () => process.Invoke(pipeline, [text]);
    }
    var extractorType = context.LoadFromAssemblyPath(Path.Combine(build, "Brink.Coding.dll")).GetType("Brink.Coding.EventExtractor")!;
    // The public Load; later builds add optional parameters, which take their defaults.
    var load = extractorType.GetMethods().First(m => m.Name == "Load" && m.IsPublic && m.GetParameters()[0].ParameterType == typeof(string));
    var loadArgs = load.GetParameters().Select((p, k) => k == 0 ? models : k == 1 ? data : p.DefaultValue).ToArray();
    var extractor = load.Invoke(null, loadArgs)!;
    var read = extractorType.GetMethod("ReadArticle")!;
    var code = extractorType.GetMethod("Code")!;
    var texts = Directory.GetFiles(input, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
    return () => { foreach (var t in texts) code.Invoke(extractor, [read.Invoke(null, [t, "ab", null, null])]); };
}
