using System.Net;
using Haltern.Bot.Tests.Infrastructure;

namespace Haltern.Bot.Tests.Infrastructure;

/// <summary>A temporary copy of the shipped knowledge folder that a test may edit; deleted afterwards.</summary>
internal sealed class KnowledgeCopy : IDisposable
{
    public KnowledgeCopy()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Knowledge, "*.md", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(RepositoryPaths.Knowledge, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "haltern-live-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}

/// <summary>The real bot on Kestrel at 127.0.0.1 (a real socket, not the in-memory test server).</summary>
internal static class RealServer
{
    public static HttpClient Start(BotApplicationFactory factory)
    {
        // Listening set on Kestrel itself, not UseKestrel(port): that overload rewrites the server addresses after
        // the build and races Kestrel binding them (dotnet/aspnetcore#67714), a rare "cannot be modified after the
        // server has started".
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var client = factory.CreateClient();
        Assert.True(client.BaseAddress is { IsLoopback: true }, $"the bot must listen on loopback, not {client.BaseAddress}");
        return client;
    }

    /// <summary>Polls until <paramref name="condition"/> holds or the time is up; returns how long it took.</summary>
    public static async Task<TimeSpan?> WithinAsync(TimeSpan limit, Func<Task<bool>> condition)
    {
        var started = DateTime.UtcNow;
        while (DateTime.UtcNow - started < limit)
        {
            if (await condition())
            {
                return DateTime.UtcNow - started;
            }

            await Task.Delay(150);
        }

        return null;
    }
}

/// <summary>
/// Tests that start the bot on real Kestrel run alone: WebApplicationFactory finds a minimal-hosting app's host
/// through a process-wide diagnostic listener, and a factory built in parallel by another test class can
/// otherwise meet a host that is already started ("Addresses cannot be modified after the server has started").
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealServerCollection
{
    public const string Name = "Real Kestrel server";
}

/// <summary>An empty temporary folder, deleted after the test.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "haltern-bot-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
