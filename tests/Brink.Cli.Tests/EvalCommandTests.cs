namespace Brink.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Eval_prints_one_json_object_on_the_last_line()
    {
        string path = Path.Combine(_dir, "mini.conllu");
        File.WriteAllText(path, "# text = The envoy left Geneva.\n1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\tenvoy\tenvoy\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n3\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n4\tGeneva\tGeneva\tPROPN\tNNP\t_\t3\tobj\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
        var r = BrinkProcess.Run("eval", "text", "--ud", path, "--json");
        Assert.Equal(0, r.ExitCode);
        var last = r.Stdout.TrimEnd().Split('\n')[^1];
        using var json = System.Text.Json.JsonDocument.Parse(last);
        foreach (var key in new[] { "upos", "xpos", "lemma", "uas", "las", "raw_tokens_f1", "raw_sentences_f1", "raw_las", "tokens_per_second", "peak_memory_mb" })
            Assert.True(json.RootElement.TryGetProperty(key, out _), key);
        Assert.Equal(100.0, json.RootElement.GetProperty("raw_tokens_f1").GetDouble());
    }

    [Fact]
    public void Malformed_conllu_names_file_and_line()
    {
        string path = Path.Combine(_dir, "bad.conllu");
        File.WriteAllText(path, "# text = x\n1\tx\tx\tX\n\n");
        var r = BrinkProcess.Run("eval", "text", "--ud", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("bad.conllu:2", r.Stderr);
    }

    [Fact]
    public void Missing_required_option_is_a_usage_error()
    {
        var r = BrinkProcess.Run("eval", "text");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--ud", r.Stderr);
    }
}
