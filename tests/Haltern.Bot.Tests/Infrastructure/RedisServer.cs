using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Haltern.Bot.Tests.Infrastructure;

/// <summary>
/// A real Debian <c>redis-server</c> of the test's own, on a free loopback port, without persistence (unless a test
/// asks for RDB snapshots, into a directory of its own that is deleted with it); stopped by its process id. <c>.ci/run</c> installs the package when it is missing.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private const string Executable = "/usr/bin/redis-server";
    private readonly string? _snapshotDirectory;
    private Process? _process;

    private RedisServer(int port, string? snapshotDirectory)
    {
        Port = port;
        _snapshotDirectory = snapshotDirectory;
    }

    /// <summary>The loopback port it listens on (the same after <see cref="StartAgainAsync"/>).</summary>
    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string of this server.</summary>
    public string Configuration => "127.0.0.1:" + Port;

    /// <summary>
    /// Starts a server on a free loopback port and waits until it accepts connections; with
    /// <paramref name="snapshotsToDisk"/> it is configured as Debian's default is, to write RDB snapshots.
    /// </summary>
    public static async Task<RedisServer> StartAsync(bool snapshotsToDisk = false)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: install Debian's redis-server (apt-get install -y redis-server; .ci/run does).");
        }

        var server = new RedisServer(FreePort(), snapshotsToDisk ? Directory.CreateTempSubdirectory("haltern-redis-").FullName : null);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again) on <see cref="Port"/>, empty, and waits until it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("The server is running.");
        }

        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        string[] persistence = _snapshotDirectory is null ? ["--save", ""] : ["--save", "3600 1", "--dir", _snapshotDirectory];
        string[] arguments = ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", .. persistence, "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning"];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Stops the server (SIGKILL: as when its host fails) and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>A client connection of the test's own, to look at what the bot stored.</summary>
    public Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync(Configuration);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        if (_snapshotDirectory is not null)
        {
            Directory.Delete(_snapshotDirectory, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
