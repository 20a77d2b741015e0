using System.Diagnostics;

namespace Brink.Queue.Tests;

/// <summary>Three nats-server nodes with JetStream as one cluster on loopback (free ports, a temporary folder each), until disposed.</summary>
internal sealed class NatsCluster : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("brink-nats-").FullName;
    private readonly int[] _ports, _routes;
    private readonly Process?[] _nodes;

    public NatsCluster(int nodes = 3)
    {
        _ports = Enumerable.Range(0, nodes).Select(_ => FreePort.Next()).ToArray();
        _routes = Enumerable.Range(0, nodes).Select(_ => FreePort.Next()).ToArray();
        _nodes = new Process?[nodes];
        for (int i = 0; i < nodes; i++)
        {
            File.WriteAllText(Config(i), $$"""
                server_name: n{{i}}
                listen: 127.0.0.1:{{_ports[i]}}
                jetstream { store_dir: "{{Path.Combine(_dir, $"n{i}")}}" }
                cluster {
                  name: brink-test
                  listen: 127.0.0.1:{{_routes[i]}}
                  routes: [{{string.Join(", ", _routes.Select(r => $"nats-route://127.0.0.1:{r}"))}}]
                }
                """);
            Start(i);
        }
    }

    /// <summary>Every node, as --queue takes them.</summary>
    public string Url => string.Join(",", _ports.Select(p => $"nats://127.0.0.1:{p}"));

    private string Config(int i) => Path.Combine(_dir, $"n{i}.conf");

    public void Start(int i)
    {
        var psi = new ProcessStartInfo("nats-server", ["-c", Config(i)]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        _nodes[i] = p;
    }

    /// <summary>Stops node <paramref name="i"/> the way an operator or a crash would (SIGKILL: no goodbye to its peers).</summary>
    public void Stop(int i)
    {
        var p = _nodes[i];
        if (p is null) return;
        p.Kill();
        p.WaitForExit();
        p.Dispose();
        _nodes[i] = null;
    }

    /// <summary>Connects once the cluster has elected its JetStream leaders and takes streams of three replicas.</summary>
    public async Task<QueueConnection> ConnectAsync()
    {
        QueueConnection? connection = null;
        Exception? last = null;
        bool ready = await Tools.WaitUntil(async () =>
        {
            try { connection = await QueueConnection.ConnectAsync(Url, replicas: 3); return true; }
            catch (QueueException e) { last = e; return false; }
        }, TimeSpan.FromSeconds(60));
        return ready ? connection! : throw new InvalidOperationException("the NATS cluster did not become ready: " + last?.Message);
    }

    public void Dispose()
    {
        for (int i = 0; i < _nodes.Length; i++) Stop(i);
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
