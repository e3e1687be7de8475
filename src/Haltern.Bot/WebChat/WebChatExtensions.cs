using System.Text.RegularExpressions;
using Haltern.DirectLine;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.WebChat;

/// <summary>
/// Wires the city's chat: <c>services.AddWebChatPage(configuration)</c>, <c>endpoints.MapWebChatPage()</c>.
/// <c>GET /embed.js</c> is the one script a city's pages include; it frames <c>GET /widget</c>, the chat button and
/// panel. <c>GET /</c> is the bot's own page (it embeds the same widget), <c>/chat/*</c> the files and the Web Chat
/// bundle, <c>POST /api/directline/token</c> a conversation's token.
/// </summary>
public static partial class WebChatExtensions
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IServiceCollection AddWebChatPage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<WebChatOptions>()
            .Bind(configuration.GetSection(WebChatOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpClient(WebChatTokenSource.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<WebChatTokenSource>();
        services.AddHttpClient(CitySpeechService.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<CitySpeechService>();
        services.AddSingleton<WebChatOrigins>();
        services.AddSingleton<WebChatOrigins.Filter>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<WebChatOrigins>((cors, origins) => cors.AddPolicy(
            WebChatOrigins.CorsPolicy,
            policy => policy
                .SetIsOriginAllowed(origins.IsConfigured)
                .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent")
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }

    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var options = services.GetRequiredService<IOptions<WebChatOptions>>().Value;
        var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        // `dotnet run` starts in the project folder (edits to the page show at once); a bot started elsewhere
        // serves the copies the build put next to it.
        var pageDirectory = FirstExisting(
            Path.Combine(contentRoot, options.PagePath, "index.html"),
            Path.Combine(AppContext.BaseDirectory, options.PagePath, "index.html"));
        pageDirectory = Path.GetDirectoryName(pageDirectory)!;
        var bundle = FirstExisting(
            Path.Combine(contentRoot, options.BundlePath),
            Path.Combine(AppContext.BaseDirectory, "WebChat", "webchat.js"));
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebChatExtensions));
        if (!File.Exists(bundle))
        {
            logger.LogWarning("The Web Chat bundle is missing at {Path}: build the project (it runs npm ci) to install it", bundle);
        }

        var widget = new WidgetPage(
            pageDirectory,
            services.GetRequiredService<IOptions<WebChatOptions>>(),
            services.GetRequiredService<IOptions<DirectLineOptions>>(),
            services.GetRequiredService<IOptions<Staff.StaffOptions>>());
        var origins = services.GetRequiredService<WebChatOrigins>();
        var connectSource = options.UsesExternalDirectLine
            ? $"'self' ws: wss: {new Uri(options.DirectLineDomain).GetLeftPart(UriPartial.Authority)} wss://{new Uri(options.DirectLineDomain).Authority}"
            : "'self' ws: wss:";
        if (options.SpeechService.IsConfigured)
        {
            connectSource += " " + options.SpeechService.ConnectSources;
        }

        string ContentSecurityPolicy(string frameAncestors) =>
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
            $"media-src 'self' data: blob:; connect-src {connectSource}; frame-ancestors {frameAncestors}; base-uri 'self'; form-action 'self'";
        var pagePolicy = ContentSecurityPolicy("'self'");
        // Only the city's sites (and the bot's own page) may frame the widget.
        var widgetPolicy = ContentSecurityPolicy(string.Join(' ', ["'self'", .. origins.Allowed]));

        endpoints.MapGet("/", (HttpContext context) =>
        {
            PageHeaders(context, pagePolicy);
            return Results.File(Path.Combine(pageDirectory, "index.html"), "text/html; charset=utf-8");
        });

        endpoints.MapGet("/widget", (HttpContext context, string? lang) =>
        {
            PageHeaders(context, widgetPolicy);
            return Results.Content(widget.Html(WidgetPage.LanguageFor(lang)), "text/html; charset=utf-8");
        });

        endpoints.MapGet("/embed.js", (HttpContext context) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.CacheControl = "no-cache";
            // Loaded by the city's pages, which may isolate themselves (Cross-Origin-Embedder-Policy).
            headers["Cross-Origin-Resource-Policy"] = "cross-origin";
            var path = Path.Combine(pageDirectory, "embed.js");
            return Results.File(path, "text/javascript; charset=utf-8", lastModified: File.GetLastWriteTimeUtc(path));
        });

        endpoints.MapGet("/chat/{file}", (string file, HttpContext context) =>
        {
            if (!FileName().IsMatch(file))
            {
                return Results.NotFound();
            }

            var path = file == "webchat.js" ? bundle : Path.Combine(pageDirectory, file);
            if (!File.Exists(path))
            {
                return Results.NotFound();
            }

            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.CacheControl = file == "webchat.js" ? "public, max-age=86400" : "no-cache";
            var contentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
            return Results.File(path, contentType, lastModified: File.GetLastWriteTimeUtc(path), enableRangeProcessing: false);
        });

        endpoints.MapPost("/api/directline/token", async (WebChatTokenSource tokens, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            try
            {
                return Results.Json(await tokens.CreateAsync(cancellationToken));
            }
            catch (HttpRequestException exception)
            {
                loggers.CreateLogger(typeof(WebChatExtensions)).LogWarning(exception, "The external Direct Line gave no token");
                return Results.Problem("The chat service is not reachable right now.", statusCode: StatusCodes.Status502BadGateway);
            }
        })
            .RequireCors(WebChatOrigins.CorsPolicy)
            .AddEndpointFilter(services.GetRequiredService<DirectLineRateLimiter>())
            .AddEndpointFilter(services.GetRequiredService<WebChatOrigins.Filter>());

        endpoints.MapPost("/api/webchat/speech-token", async (CitySpeechService speech, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            if (!speech.IsConfigured)
            {
                return Results.Problem("No speech service is configured (WebChat:SpeechService).", statusCode: StatusCodes.Status404NotFound);
            }

            try
            {
                return Results.Json(await speech.IssueTokenAsync(cancellationToken));
            }
            catch (HttpRequestException exception)
            {
                loggers.CreateLogger(typeof(WebChatExtensions)).LogWarning(exception, "The city's speech service gave no token");
                return Results.Problem("The speech service is not reachable right now.", statusCode: StatusCodes.Status502BadGateway);
            }
        })
            .RequireCors(WebChatOrigins.CorsPolicy)
            .AddEndpointFilter(services.GetRequiredService<DirectLineRateLimiter>())
            .AddEndpointFilter(services.GetRequiredService<WebChatOrigins.Filter>());

        return endpoints;
    }

    private static void PageHeaders(HttpContext context, string contentSecurityPolicy)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
    }

    private static string FirstExisting(params string[] candidates) =>
        Path.GetFullPath(candidates.FirstOrDefault(File.Exists) ?? candidates[0]);

    [GeneratedRegex("^[a-z0-9-]+\\.(css|js|svg|png|ico)$")]
    private static partial Regex FileName();
}
