using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Haltern.Bot.Hosting;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Hosting;

/// <summary>
/// The bot as it is deployed: published to a folder and started as <c>dotnet /…/Haltern.Bot.dll</c> from another
/// working folder, with logging at Trace. It reads the settings beside the DLL, keeps <c>Staff:DataPath</c> below
/// its own folder, serves the chat page, and writes no token to its log, though the request log at Trace holds
/// every URL and the Direct Line stream URL carries the token.
/// </summary>
public sealed class PublishedBotTests : IAsyncLifetime
{
    private const string Secret = "published-secret-0123456789";
    private readonly string _publish = Path.Combine(Path.GetTempPath(), "haltern-published-" + Guid.NewGuid().ToString("N"));
    private readonly string _elsewhere = Path.Combine(Path.GetTempPath(), "haltern-elsewhere-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_elsewhere);
        var configuration = new DirectoryInfo(Path.GetDirectoryName(BotProcess.BuiltAssembly)!).Parent!.Name;
        var publish = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "publish", Path.Combine(RepositoryPaths.Root, "src", "Haltern.Bot", "Haltern.Bot.csproj"),
                "--no-build", "-c", configuration, "-o", _publish, "-p:WebChatSkipNpm=true", "-nologo", "-v", "q",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(publish)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        Assert.True(process.ExitCode == 0, await output + await errors);

        // The settings beside the DLL name the Direct Line secret and a data folder: both must be what the bot uses.
        var settings = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_publish, "appsettings.json")))!.AsObject();
        settings["DirectLine"]!["Secret"] = Secret;
        settings["Staff"]!["DataPath"] = "data-beside-the-dll";
        await File.WriteAllTextAsync(Path.Combine(_publish, "appsettings.json"), settings.ToJsonString());
    }

    public Task DisposeAsync()
    {
        foreach (var folder in new[] { _publish, _elsewhere })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Started_from_another_folder_at_Trace_it_uses_the_settings_beside_the_dll_and_logs_no_token()
    {
        var (bot, address) = await BotProcess.StartAsync(
            Path.Combine(_publish, "Haltern.Bot.dll"),
            _elsewhere,
            ["--Logging:LogLevel:Default=Trace", "--Logging:LogLevel:Microsoft.AspNetCore=Trace", $"--Knowledge:Path={Path.Combine(RepositoryPaths.Root, "knowledge")}"]);
        await using (bot)
        {
            using var http = new HttpClient { BaseAddress = address };
            using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
            start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
            using var started = await http.SendAsync(start);
            Assert.Equal(HttpStatusCode.Created, started.StatusCode); // the secret from the settings beside the DLL
            var answer = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
            var (id, token, streamUrl) = ((string)answer["conversationId"]!, (string)answer["token"]!, (string)answer["streamUrl"]!);

            using var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
            using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities")
            {
                Content = new StringContent("{\"type\":\"message\",\"from\":{\"id\":\"u\"},\"text\":\"Wann hat das Bürgerbüro geöffnet?\"}", Encoding.UTF8, "application/json"),
            };
            post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var posted = await http.SendAsync(post);
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            var frame = await ReceiveAsync(socket);
            using var page = await http.GetAsync("/");
            await Task.Delay(500); // the last request's log lines
            var log = bot.Output;
            var dataFolder = Path.Combine(_publish, "data-beside-the-dll");
            var waited = Stopwatch.StartNew();
            while (!Directory.Exists(dataFolder) && waited.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(100);
            }

            Assert.Contains("Bürgerbüro", frame, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode); // the chat page from the application folder
            Assert.Contains("/stream", log, StringComparison.Ordinal); // the request log at Trace holds the stream URL …
            Assert.Contains("[redacted]", log, StringComparison.Ordinal);
            Assert.DoesNotContain(token, log, StringComparison.Ordinal); // … without its token
            Assert.DoesNotContain(token[..20], log, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, log, StringComparison.Ordinal);
            Assert.True(Directory.Exists(dataFolder), "Staff:DataPath was not resolved from the application folder");
            Assert.False(Directory.Exists(Path.Combine(_elsewhere, "data-beside-the-dll")));
        }
    }

    private static async Task<string> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        while (!text.ToString().Contains("Bürgerbüro", StringComparison.Ordinal))
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }

        return text.ToString();
    }
}
