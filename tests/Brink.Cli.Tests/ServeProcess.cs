using System.Diagnostics;

namespace Brink.Cli.Tests;

/// <summary>`brink serve` running as a process (as nobody when the tests run as root), until disposed.</summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, string url, string banner)
    {
        _process = process;
        Url = url;
        Banner = banner;
    }

    /// <summary>The address the server bound.</summary>
    public string Url { get; }

    /// <summary>What serve printed on starting (the address and whether writes are on).</summary>
    public string Banner { get; }

    /// <summary>Serves <paramref name="db"/> on a free loopback port as a user without privileges (nobody, when the tests run as root).</summary>
    public static ServeProcess Start(string db) =>
        Launch(["serve", "--db", db, "--urls", "http://127.0.0.1:0"], null, asNobody: Environment.UserName == "root");

    /// <summary>Runs brink with <paramref name="args"/> (a serve command) in <paramref name="dir"/> until it prints where it listens.</summary>
    public static ServeProcess Launch(string[] args, string? dir, bool asNobody)
    {
        var psi = new ProcessStartInfo(asNobody ? "setpriv" : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (dir is not null) psi.WorkingDirectory = dir;
        if (asNobody)
            foreach (var a in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" }) psi.ArgumentList.Add(a);
        psi.Environment["HOME"] = Path.GetTempPath();
        psi.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        psi.Environment["BRINK_MODELS"] = BrinkProcess.Models;
        psi.Environment["NO_COLOR"] = "1";
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "brink.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        string first = p.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult() ?? "";
        string second = p.StandardOutput.ReadLine() ?? "";
        int at = first.IndexOf("http://", StringComparison.Ordinal);
        if (at < 0)
        {
            p.Kill(true);
            throw new InvalidOperationException($"serve did not start: {first} {stderr.Result}");
        }
        return new ServeProcess(p, first[at..].Split(' ')[0], first + "\n" + second);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(true);
        _process.WaitForExit(10_000);
        _process.Dispose();
    }
}
