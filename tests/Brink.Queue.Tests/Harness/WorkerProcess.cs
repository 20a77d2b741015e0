using System.Diagnostics;
using System.Text;

namespace Brink.Queue.Tests;

/// <summary>A `brink worker` process, its output kept for the failure message; killed (SIGKILL) when disposed.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public WorkerProcess(string queue, string db, params string[] extra)
    {
        var psi = Tools.Brink(["worker", "--queue", queue, "--db", db, "--replicas", "3", "--workers", "1", "--batch", "4", "--ack-wait", "5", .. extra]);
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    public bool HasExited => _process.HasExited;

    /// <summary>kill -9: no batch is finished, nothing acknowledged.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
