namespace Haltern.Bot.Hosting;

/// <summary>
/// The content root is the application's folder (where <c>appsettings.json</c>, the chat page and the relative
/// <c>Staff:DataPath</c> are), not the folder the process was started from, unless <c>--contentRoot</c> (or
/// <c>ASPNETCORE_CONTENTROOT</c> / <c>DOTNET_CONTENTROOT</c>) names another: <c>dotnet /srv/haltern-bot/Haltern.Bot.dll</c>
/// then behaves the same from any working folder.
/// </summary>
public static class ApplicationFolder
{
    /// <summary>The builder's options for <paramref name="args"/>.</summary>
    public static WebApplicationOptions Options(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var named = args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        return new WebApplicationOptions { Args = args, ContentRootPath = named ? null : AppContext.BaseDirectory };
    }
}
