using System.Text;
using System.Text.Json;

namespace Brink.Cli.Tests;

public sealed class ParseCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void AssertOneLineError(BrinkProcess.Result r, string mustContain)
    {
        Assert.NotEqual(0, r.ExitCode);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(mustContain, lines[0]);
        Assert.StartsWith("brink: ", lines[0]);
    }

    [Fact]
    public void Parses_the_shipped_example_to_conllu_with_offsets()
    {
        var r = BrinkProcess.Run("parse", Path.Combine(BrinkProcess.RepoRoot, "examples", "press-briefing.txt"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("# text = ", r.Stdout);
        var first = r.Stdout.Split('\n').First(l => l.Length > 0 && char.IsDigit(l[0])).Split('\t');
        Assert.Equal(10, first.Length);
        Assert.StartsWith("TokenRange=", first[9]);
    }

    [Fact]
    public void Json_output_offsets_point_back_into_the_input()
    {
        const string text = "Iran's foreign minister met Putin in Moscow on Tuesday. He didn't comment.";
        var r = BrinkProcess.Run(Encoding.UTF8.GetBytes(text), "parse", "-", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.Stdout);
        int sentences = 0;
        foreach (var s in json.RootElement.GetProperty("sentences").EnumerateArray())
        {
            sentences++;
            foreach (var t in s.GetProperty("tokens").EnumerateArray())
            {
                int start = t.GetProperty("start").GetInt32(), end = t.GetProperty("end").GetInt32();
                Assert.Equal(text[start..end], t.GetProperty("text").GetString());
            }
        }
        Assert.Equal(2, sentences);
    }

    [Fact]
    public void Empty_input_gives_no_sentences_and_success()
    {
        var r = BrinkProcess.Run("parse", Write("empty.txt", []));
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stdout.Trim());
    }

    [Fact]
    public void Binary_input_is_refused_naming_the_file()
    {
        var path = Write("photo.jpg", [0xFF, 0xD8, 0xFF, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]);
        AssertOneLineError(BrinkProcess.Run("parse", path), "photo.jpg");
    }

    [Fact]
    public void Invalid_utf8_is_refused_naming_the_file()
    {
        var path = Write("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 in M\u00fcnchen"));
        AssertOneLineError(BrinkProcess.Run("parse", path), "not valid UTF-8");
    }

    [Fact]
    public void Missing_file_and_folder_are_refused()
    {
        AssertOneLineError(BrinkProcess.Run("parse", Path.Combine(_dir, "nope.txt")), "does not exist");
        AssertOneLineError(BrinkProcess.Run("parse", _dir), "is a folder");
    }

    [Fact]
    public void Control_characters_emoji_and_rtl_text_are_parsed()
    {
        var text = "Talks \u0001 resumed \U0001F600 in \u0627\u0644\u0642\u0627\u0647\u0631\u0629 today.\u0007\nThe envoy\u200B left.";
        var r = BrinkProcess.Run(Encoding.UTF8.GetBytes(text), "parse", "-");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("resumed", r.Stdout);
        Assert.Contains("\U0001F600", r.Stdout);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var r = BrinkProcess.Run("parse", "-", "--format", "xml");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("xml", r.Stderr);
    }

    [Fact]
    public void Truncated_model_file_is_reported_with_its_path()
    {
        string models = Path.Combine(_dir, "models");
        Directory.CreateDirectory(models);
        foreach (var f in Directory.GetFiles(BrinkProcess.Models, "*.bkm")) File.Copy(f, Path.Combine(models, Path.GetFileName(f)));
        string parser = Path.Combine(models, "parser.bkm");
        var bytes = File.ReadAllBytes(parser);
        File.WriteAllBytes(parser, bytes[..1000]);
        var r = BrinkProcess.Run(Encoding.UTF8.GetBytes("Hello."), "parse", "-", "--models", models);
        AssertOneLineError(r, "parser.bkm");
    }

    [Fact]
    public void A_long_single_line_is_parsed_without_error()
    {
        var sb = new StringBuilder();
        var rng = new Random(3);
        string[] words = ["the", "minister", "said", "talks", "would", "resume", "in", "Geneva", ",", "and"];
        while (sb.Length < 1_000_000) sb.Append(words[rng.Next(words.Length)]).Append(' ');
        var r = BrinkProcess.Run(Encoding.UTF8.GetBytes(sb.ToString()), "parse", "-", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("{", r.Stdout);
    }
}
