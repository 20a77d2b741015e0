using System.Diagnostics;

namespace Brink.Queue.Tests;

/// <summary>An unreachable queue or database is one clear line naming it, and a non-zero exit.</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task An_unreachable_queue_is_named()
    {
        int port = FreePort.Next();
        var e = await Assert.ThrowsAsync<QueueException>(() => QueueConnection.ConnectAsync($"nats://127.0.0.1:{port}"));
        Assert.Contains($"nats://127.0.0.1:{port} cannot be reached", e.Message);
        var url = await Assert.ThrowsAsync<QueueException>(() => QueueConnection.ConnectAsync("http://127.0.0.1:4222"));
        Assert.Contains("is not a NATS URL", url.Message);
    }

    [Fact]
    public void The_cli_names_an_unreachable_queue_and_an_unreachable_database_in_one_line()
    {
        string dir = Directory.CreateTempSubdirectory("brink-queue-bad-").FullName;
        try
        {
            int port = FreePort.Next();
            var (code, stderr) = Run(Tools.Brink("worker", "--queue", $"nats://127.0.0.1:{port}", "--db", Path.Combine(dir, "s.db")));
            Assert.Equal(1, code);
            Assert.Matches($@"^brink: Queue nats://127\.0\.0\.1:{port} cannot be reached .*\n$", stderr);
            (code, stderr) = Run(Tools.Brink("ingest", Path.Combine(Tools.RepoRoot, "examples", "demo"), "--queue", $"nats://127.0.0.1:{port}"));
            Assert.Equal(1, code);
            Assert.Contains($"nats://127.0.0.1:{port} cannot be reached", stderr);
            (code, stderr) = Run(Tools.Brink("worker", "--queue", $"nats://127.0.0.1:{port}", "--db", $"Host=127.0.0.1;Port={port};Username=x;Database=y"));
            Assert.Equal(1, code);
            Assert.Matches(@"^brink: Database PostgreSQL 127\.0\.0\.1/y cannot be reached.*\n$", stderr);
        }
        finally { Directory.Delete(dir, true); }
    }

    private static (int Code, string Stderr) Run(ProcessStartInfo psi)
    {
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        string stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        _ = stdout.Result;
        return (p.ExitCode, stderr);
    }
}
