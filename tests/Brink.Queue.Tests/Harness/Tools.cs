using System.Diagnostics;

namespace Brink.Queue.Tests;

/// <summary>Runs the external programs the cluster tests need (nats-server, PostgreSQL's initdb and pg_ctl) and finds the repository.</summary>
internal static class Tools
{
    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Brink.sln"))) return d.FullName;
        throw new InvalidOperationException("Brink.sln not found above the test folder.");
    }

    /// <summary>PostgreSQL's server programs (initdb, pg_ctl), newest version installed.</summary>
    public static string PostgresBin =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out int v) ? v : 0).FirstOrDefault()
              ?? throw new InvalidOperationException("no initdb under /usr/lib/postgresql/*/bin")
            : throw new InvalidOperationException("PostgreSQL is not installed (/usr/lib/postgresql)");

    /// <summary>PostgreSQL refuses to run as root: as root, its programs run as the postgres user (util-linux setpriv).</summary>
    public static ProcessStartInfo AsPostgres(string program, params string[] args)
    {
        bool root = Environment.UserName == "root";
        var psi = new ProcessStartInfo(root ? "setpriv" : program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (root) foreach (var a in new[] { "--reuid=postgres", "--regid=postgres", "--init-groups", program }) psi.ArgumentList.Add(a);
        foreach (var a in args) psi.ArgumentList.Add(a);
        return psi;
    }

    /// <summary>Runs to the end; a non-zero exit is an exception with the program's output.</summary>
    public static string Run(ProcessStartInfo psi, int timeoutMs = 120_000)
    {
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutMs)) { p.Kill(true); throw new TimeoutException($"{psi.FileName} {string.Join(' ', psi.ArgumentList)} did not finish"); }
        if (p.ExitCode != 0) throw new InvalidOperationException($"{psi.FileName} {string.Join(' ', psi.ArgumentList)} failed ({p.ExitCode}): {stdout.Result} {stderr.Result}");
        return stdout.Result;
    }

    /// <summary>The built brink CLI as a process, with the repository's models.</summary>
    public static ProcessStartInfo Brink(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "brink.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["BRINK_MODELS"] = Path.Combine(RepoRoot, "models");
        psi.Environment["NO_COLOR"] = "1";
        return psi;
    }

    /// <summary>Waits until <paramref name="done"/> holds, checking every half second; false after <paramref name="timeout"/>.</summary>
    public static async Task<bool> WaitUntil(Func<Task<bool>> done, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            try { if (await done()) return true; }
            catch (Exception e) when (e is QueueException or global::Brink.Store.StoreException or HttpRequestException or TaskCanceledException) { /* a node, server or worker still starting or restarting */ }
            await Task.Delay(500);
        }
        return false;
    }
}
