using Haltern.DirectLine;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.WebChat;

/// <summary>
/// Which web pages may use the chat: the bot's own origin and <see cref="WebChatOptions.AllowedOrigins"/>. Used by
/// the CORS policy <see cref="CorsPolicy"/> (which pages may read the answers), by <see cref="Filter"/> (a browser
/// request from any other origin is refused with 403, so no token reaches it) and by the widget's
/// <c>frame-ancestors</c> (which pages may frame it).
/// </summary>
/// <remarks>
/// A request without an <c>Origin</c> header passes: browsers always send one with the requests checked here
/// (POST, and WebSocket handshakes), and a client that is not a browser can send any header it likes, so refusing
/// it would protect nothing.
/// </remarks>
public sealed class WebChatOrigins
{
    /// <summary>The CORS policy of the token endpoint and the Direct Line API.</summary>
    public const string CorsPolicy = "WebChat";

    private readonly HashSet<string> _allowed;

    public WebChatOrigins(IOptions<WebChatOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _allowed = new HashSet<string>(
            options.Value.AllowedOrigins.Select(Normalize).OfType<string>(),
            StringComparer.Ordinal);
    }

    /// <summary>The configured origins, normalised (<c>https://www.haltern-am-see.de</c>), in a stable order.</summary>
    public IReadOnlyList<string> Allowed => [.. _allowed.Order(StringComparer.Ordinal)];

    /// <summary>Whether a page of <paramref name="origin"/> (as a browser sends it) is one of the configured sites.</summary>
    public bool IsConfigured(string origin) => Normalize(origin) is { } normalized && _allowed.Contains(normalized);

    /// <summary>
    /// Whether the request may be served: no <c>Origin</c> header, the bot's own origin, or a configured one.
    /// <paramref name="origin"/> is the header's value, for the refusal's message.
    /// </summary>
    public bool IsAllowed(HttpRequest request, out string origin)
    {
        ArgumentNullException.ThrowIfNull(request);
        origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || IsSelf(origin, request) || IsConfigured(origin);
    }

    /// <summary>
    /// <c>scheme://host[:port]</c> in lower case, the default port left out, as browsers write an origin; null for
    /// anything else (a path, a query, a wildcard, <c>null</c>).
    /// </summary>
    public static string? Normalize(string? origin)
    {
        if (string.IsNullOrWhiteSpace(origin)
            || !Uri.TryCreate(origin.Trim().TrimEnd('/'), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http")
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0
            || origin.Contains('*', StringComparison.Ordinal))
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
    }

    /// <summary>
    /// The bot's own pages (the page at <c>/</c>, the widget's frame): the origin's host and port are the request's.
    /// The scheme is not compared, because a proxy in front of the bot may end TLS.
    /// </summary>
    private static bool IsSelf(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.IsDefaultPort ? uri.Host : uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);

    /// <summary>Refuses a browser request from a page that may not use the chat: 403 with the reason.</summary>
    public sealed class Filter(WebChatOrigins origins, ILogger<WebChatOrigins> logger) : IEndpointFilter
    {
        public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            ArgumentNullException.ThrowIfNull(context);
            ArgumentNullException.ThrowIfNull(next);
            if (origins.IsAllowed(context.HttpContext.Request, out var origin))
            {
                return next(context);
            }

            logger.LogInformation("Refused a chat request from a page of {Origin}: not in WebChat:AllowedOrigins", Normalize(origin) ?? "an invalid origin");
            return ValueTask.FromResult<object?>(DirectLineError.Other(
                StatusCodes.Status403Forbidden,
                "OriginNotAllowed",
                "Pages of this origin may not use the chat: it is not in the bot's WebChat:AllowedOrigins."));
        }
    }
}
