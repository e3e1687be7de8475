using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Haltern.Bot.Benchmarks;

/// <summary>
/// The real bot as a separate process on 127.0.0.1, asked over HTTP the way the Emulator does
/// (<c>deliveryMode: expectReplies</c>, replies in the response body).
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;
    private int _sequence;
    private int _disposed;

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(15) };
    }

    public int ProcessId => _process.Id;

    public static BotProcess Start(string botAssembly, string knowledgeFolder, string? indexPath, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(botAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(botAssembly);
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        start.ArgumentList.Add($"--Knowledge:Path={knowledgeFolder}");
        if (indexPath is not null)
        {
            start.ArgumentList.Add($"--Knowledge:IndexPath={indexPath}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // The benchmark plays the Emulator on loopback: no app id, and no per-client rate limit for its questions.
        start.Environment["Bot__AllowAnonymous"] = "true";
        start.Environment["RateLimiting__PermitsPerMinute"] = "100000000";
        start.Environment["RateLimiting__Burst"] = "100000000";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The bot did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine($"  [bot] {line}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotProcess(process, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>Waits until the bot answers a question; returns the time since start.</summary>
    public async Task<TimeSpan> WaitUntilAnsweringAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var started = _process.StartTime.ToUniversalTime();
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {_process.ExitCode}.");
            }

            try
            {
                var reply = await AskAsync(QuestionMix.WhatsNew, cancellationToken);
                if (reply.Length > 0)
                {
                    return DateTime.UtcNow - started;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"The bot did not answer within {limit}.");
    }

    /// <summary>Sends one message and returns the text of the replies.</summary>
    public async Task<string> AskAsync(string text, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _sequence);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"bench-{id}",
            ["text"] = text,
            ["locale"] = "de-DE",
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = "bench-user" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = $"bench-{id}" },
        };
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        HttpResponseMessage response;
        try
        {
            response = await _http.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken);
        }
        catch (HttpRequestException) when (_process.HasExited)
        {
            throw new InvalidOperationException($"The bot process {_process.Id} exited with code {_process.ExitCode}.");
        }

        using var _ = response;
        if (response.StatusCode is HttpStatusCode.ServiceUnavailable)
        {
            return string.Empty;
        }

        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        if (!body.RootElement.TryGetProperty("activities", out var activities))
        {
            return string.Empty;
        }

        return string.Join("\n", activities.EnumerateArray()
            .Select(a => a.TryGetProperty("text", out var t) ? t.GetString() : null)
            .OfType<string>());
    }

    /// <summary>Resident and peak resident memory of the bot process, from /proc.</summary>
    public (long Rss, long Peak) Memory() => ProcessMemory.Read(_process.Id);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Resident memory from /proc/&lt;pid&gt;/status (VmRSS, VmHWM), in bytes.</summary>
internal static class ProcessMemory
{
    public static (long Rss, long Peak) Read(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path))
        {
            using var process = Process.GetProcessById(pid);
            return (process.WorkingSet64, process.PeakWorkingSet64);
        }

        long Kb(string key) => File.ReadLines(path)
            .Where(line => line.StartsWith(key, StringComparison.Ordinal))
            .Select(line => long.Parse(line[key.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024)
            .FirstOrDefault();
        return (Kb("VmRSS:"), Kb("VmHWM:"));
    }

    public static string Format(long bytes) => $"{bytes / (1024.0 * 1024.0):F0} MiB";
}
