using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Haltern.Bot.Tests.Infrastructure;

/// <summary>The built bot started as its own process on a free loopback port, as README's run command starts it.</summary>
public sealed partial class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment, string? assembly = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        start.ArgumentList.Add(assembly ?? BotAssembly());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Receive(e.Data);
        _process.ErrorDataReceived += (_, e) => Receive(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException("The bot exited with " + _process.ExitCode + ":\n" + Output));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Everything the process wrote so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public Process Process => _process;

    /// <summary>Starts the bot with <c>--urls http://127.0.0.1:0</c> and waits until it listens.</summary>
    public static async Task<(BotProcess Bot, Uri Address)> StartAsync(IEnumerable<string>? arguments = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var bot = new BotProcess((arguments ?? []).Prepend("http://127.0.0.1:0").Prepend("--urls"), environment);
        var address = await bot._listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return (bot, address);
    }

    /// <summary>Starts the bot from <paramref name="assembly"/> (a published copy) in <paramref name="workingDirectory"/>.</summary>
    public static async Task<(BotProcess Bot, Uri Address)> StartAsync(string assembly, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var bot = new BotProcess(arguments.Prepend("http://127.0.0.1:0").Prepend("--urls"), environment, assembly, workingDirectory);
        var address = await bot._listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return (bot, address);
    }

    /// <summary>src/Haltern.Bot's build output in the configuration the tests were built in.</summary>
    public static string BuiltAssembly => BotAssembly();

    /// <summary>Starts the bot and waits for it to end by itself (a start that must fail).</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(IEnumerable<string> arguments)
    {
        await using var bot = new BotProcess(arguments.Prepend("http://127.0.0.1:0").Prepend("--urls"), null);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await bot._process.WaitForExitAsync(timeout.Token);
        return (bot._process.ExitCode, bot.Output);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    /// <summary>src/Haltern.Bot's build output in the configuration the tests were built in.</summary>
    private static string BotAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<Configuration>/net10.0/
        var path = Path.Combine(RepositoryPaths.Root, "src", "Haltern.Bot", "bin", configuration, "net10.0", "Haltern.Bot.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build src/Haltern.Bot first", path);
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
