using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Haltern.Bench;

/// <summary>
/// <c>--store redis</c>: a Debian <c>redis-server</c> on a free loopback port (no persistence, as a cache-sized
/// deployment would run it beside the bot), and Haltern.Bot configured to keep its shared state there.
/// </summary>
internal sealed class RedisStore : IAsyncDisposable
{
    private readonly Process _process;

    private RedisStore(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static async Task<RedisStore> StartAsync()
    {
        const string executable = "/usr/bin/redis-server";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException("--store redis needs Debian's redis-server (apt-get install -y redis-server).");
        }

        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start redis-server.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                break;
            }
            catch (SocketException) when (attempt < 200)
            {
                await Task.Delay(50);
            }
        }

        Console.WriteLine($"redis-server (pid {process.Id}) on 127.0.0.1:{port}");
        return new RedisStore(process, port);
    }

    /// <summary>Haltern.Bot as published, keeping its conversation state, rate limits and counts in this Redis.</summary>
    public BotUnderTest Bot(BotUnderTest inMemory) => inMemory with
    {
        Name = "Haltern.Bot on Redis",
        Arguments = $"--ConversationStore:Store=Redis --Redis:Configuration=127.0.0.1:{Port} --DirectLine:TokenSigningKey=benchmark-signing-key-benchmark-signing-key",
    };

    /// <summary>The Redis figures beside the in-memory ones, measured in the same run's alternating slices.</summary>
    public static void Print(LoadResult memory, LoadResult redis)
    {
        Console.WriteLine();
        Console.WriteLine("| | Haltern.Bot, state in memory | Haltern.Bot, state in Redis | ratio (Redis / memory) | goal |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        Row("throughput (answers/s)", memory.Throughput, redis.Throughput, "0", redis.Throughput / memory.Throughput, ">= 0.7");
        Row("p50 latency (ms)", memory.P50Ms, redis.P50Ms, "0.00", redis.P50Ms / memory.P50Ms, "");
        Row("p99 latency (ms)", memory.P99Ms, redis.P99Ms, "0.00", redis.P99Ms / memory.P99Ms, "");
        Console.WriteLine($"| requests / errors in {redis.Seconds:0} s | {memory.Requests} / {memory.Errors} | {redis.Requests} / {redis.Errors} | | no errors |");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static void Row(string name, double memory, double redis, string format, double ratio, string goal) =>
        Console.WriteLine($"| {name} | {memory.ToString(format, CultureInfo.InvariantCulture)} | {redis.ToString(format, CultureInfo.InvariantCulture)} | {ratio.ToString("0.00", CultureInfo.InvariantCulture)} | {goal} |");
}
