using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Haltern.Bench;

/// <summary>Starts the bots: the cold starts measured, the last start kept up to carry load (<see cref="ServedBot"/>).</summary>
internal static partial class LoadRun
{
    /// <summary>
    /// Starts <paramref name="bot"/> to carry load: its cold start is the median of <see cref="BenchOptions.Starts"/>
    /// starts (a 2-core machine, disk cache and the runtime's own start make one start vary by half), the last of
    /// which stays up.
    /// </summary>
    public static async Task<ServedBot> StartAsync(BotUnderTest bot, BenchOptions options)
    {
        var coldStarts = new List<double>();
        for (var i = 1; i < options.Starts; i++)
        {
            coldStarts.Add(await ColdStartAsync(bot));
        }

        var url = $"http://127.0.0.1:{FreePort()}";
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
        var client = new HttpClient(handler, disposeHandler: true) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(StartInfo(bot, url)) ?? throw new InvalidOperationException($"Could not start {bot.Name}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[{bot.Name}] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var served = new ServedBot(bot, process, client, options.Connections, options.NewDates);
        try
        {
            coldStarts.Add(await FirstAnswerAsync(client, process, clock));
        }
        catch
        {
            await served.DisposeAsync();
            throw;
        }

        served.ColdStartMs = coldStarts.Order().ElementAt(coldStarts.Count / 2);
        Console.WriteLine($"{bot.Name} (pid {process.Id}): first answer after process start, median of {coldStarts.Count}: {served.ColdStartMs:0} ms ({string.Join(", ", coldStarts.Select(c => c.ToString("0", CultureInfo.InvariantCulture)))})");
        return served;
    }

    private static ProcessStartInfo StartInfo(BotUnderTest bot, string url)
    {
        // Run from the publish folder, as deployed: that is the content root, which the host's configuration
        // watches with all its subfolders. From the project folder, Haltern.Bot's content root would hold the
        // Web Chat page's build tools and bin/obj, thousands of folders walked at every start: a cost no
        // deployment pays.
        var start = new ProcessStartInfo("dotnet", $"\"{bot.DllPath}\" --urls {url} {bot.Arguments}")
        {
            WorkingDirectory = bot.PublishDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Bot__AllowAnonymous"] = "true"; // isolated loopback benchmark: the documented opt-out
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    /// <summary>Starts the bot, waits for its first answer, stops it: milliseconds from start to answer.</summary>
    private static async Task<double> ColdStartAsync(BotUnderTest bot)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        using var handler = new SocketsHttpHandler { UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(StartInfo(bot, url)) ?? throw new InvalidOperationException($"Could not start {bot.Name}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return await FirstAnswerAsync(client, process, clock);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<double> FirstAnswerAsync(HttpClient client, Process process, Stopwatch clock)
    {
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {process.ExitCode} before answering.");
            }

            try
            {
                using var response = await client.PostAsync("/api/messages", Body(Questions[0]));
                if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("\"text\"", StringComparison.Ordinal))
                {
                    return clock.Elapsed.TotalMilliseconds;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(5);
        }

        throw new TimeoutException("No answer within 120 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
