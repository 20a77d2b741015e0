using System.Diagnostics;

namespace Brink.Cli.Tests;

/// <summary>Runs the built brink CLI as a real process, as users and scripts do, with the repository's shipped models.</summary>
internal static class BrinkProcess
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Models => Path.Combine(RepoRoot, "models");

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Brink.sln"))) return d.FullName;
        throw new InvalidOperationException("Brink.sln not found above the test folder.");
    }

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(byte[]? stdin, params string[] args) => Start(stdin, false, args);

    /// <summary>Runs brink in <paramref name="dir"/> (relative paths in the arguments are read and written there).</summary>
    public static Result RunIn(string dir, byte[]? stdin, params string[] args) => Start(stdin, false, args, dir);

    /// <summary>
    /// Runs brink as a user without privileges: as root, file permissions do not bind, so a read-only file
    /// is only read-only to another user (here nobody, through util-linux setpriv).
    /// </summary>
    public static Result RunUnprivileged(params string[] args) => Start(null, Environment.UserName == "root", args);

    private static Result Start(byte[]? stdin, bool asNobody, string[] args, string? dir = null)
    {
        var psi = new ProcessStartInfo(asNobody ? "setpriv" : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        if (dir is not null) psi.WorkingDirectory = dir;
        if (asNobody)
        {
            foreach (var a in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" }) psi.ArgumentList.Add(a);
            psi.Environment["HOME"] = Path.GetTempPath();
            psi.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        }
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "brink.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["BRINK_MODELS"] = Models;
        psi.Environment["NO_COLOR"] = "1";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null) p.StandardInput.BaseStream.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException("brink did not finish in 120 s: " + string.Join(' ', args)); }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    public static Result Run(params string[] args) => Run(null, args);
}
