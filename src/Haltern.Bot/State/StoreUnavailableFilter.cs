using Haltern.DirectLine;

namespace Haltern.Bot.State;

/// <summary>
/// Answers a Direct Line call that needed the unavailable shared store with 503 and <c>Retry-After</c>, in Direct
/// Line's error format, instead of a 500: the client's request was fine and can be repeated.
/// </summary>
public sealed class StoreUnavailableFilter(ILogger<StoreUnavailableFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (StoreUnavailableException.Find(exception) is { } unavailable)
        {
            logger.LogWarning("A Direct Line call was refused because the shared store is unavailable: {Reason}", unavailable.Reason);
            if (context.HttpContext.Response.HasStarted)
            {
                return TypedResults.Empty; // a WebSocket already open: it closes, the client reconnects
            }

            context.HttpContext.Response.Headers.RetryAfter = unavailable.RetryAfterSeconds;
            return DirectLineError.Other(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The conversation store is unavailable; please try again shortly.");
        }
    }
}
