using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Haltern.Bot.Tests.Teams;

namespace Haltern.Bot.Tests.Handoff;

/// <summary>
/// A real SMTP server on loopback: npm <c>maildev</c> (pinned in tests/teams-tools), started by the test with node
/// and read through its HTTP API.
/// </summary>
internal sealed class MailDev : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;

    private MailDev(Process process, int smtpPort, int webPort)
    {
        _process = process;
        SmtpPort = smtpPort;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int SmtpPort { get; }

    public static async Task<MailDev> StartAsync()
    {
        var cli = TeamsTools.NodeModule("maildev/dist/bin/maildev.js");
        var smtp = FreePort();
        var web = FreePort();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            cli, "--smtp", smtp.ToString(CultureInfo.InvariantCulture), "--ip", "127.0.0.1",
            "--web", web.ToString(CultureInfo.InvariantCulture), "--web-ip", "127.0.0.1",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var mail = new MailDev(process, smtp, web);
        // Node starts maildev in about a second on a quiet machine, many times that on a loaded one: wait up to a minute.
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = await mail._http.GetAsync("/api/email");
                if (response.IsSuccessStatusCode && await Listening(smtp))
                {
                    return mail;
                }
            }
            catch (HttpRequestException)
            {
                // not up yet
            }

            if (process.HasExited)
            {
                break;
            }

            await Task.Delay(100);
        }

        await mail.DisposeAsync();
        throw new InvalidOperationException("maildev did not start.");
    }

    /// <summary>The messages received so far (maildev's JSON: subject, to, text, …).</summary>
    public async Task<JsonArray> MessagesAsync() =>
        JsonNode.Parse(await _http.GetStringAsync("/api/email"))!.AsArray();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _http.Dispose();
    }

    private static async Task<bool> Listening(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
