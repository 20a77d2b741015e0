using System.Net;
using System.Net.Sockets;

namespace Brink.Queue.Tests;

/// <summary>A loopback port nothing listens on right now.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
