using System.Net.Http;
using Haltern.Bot.Bot;
using Haltern.Bot.Security;
using Haltern.Bot.State;
using Haltern.DirectLine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Haltern.Bot.Hosting;

/// <summary>
/// The SDK's <see cref="CloudAdapter"/> with an error handler that tells the citizen and logs no message text, and
/// with an HTTP entry point fit for the public internet (see <see cref="ProcessAsync"/>).
/// </summary>
public sealed class HalternAdapter : CloudAdapter, IBotFrameworkHttpAdapter
{
    private readonly ILogger _logger;
    private readonly BotRequestReader? _reader;
    private readonly AnonymousModePolicy? _anonymous;

    public HalternAdapter(BotFrameworkAuthentication authentication, ILogger<HalternAdapter> logger)
        : this(authentication, logger, reader: null, anonymous: null, middleware: [], failedReply: new TurnFailedReply())
    {
    }

    /// <param name="authentication">Channel authentication.</param>
    /// <param name="logger">The adapter's log (the SDK writes to it too).</param>
    /// <param name="reader">Reads and checks request bodies; without it the SDK's own reading is used.</param>
    /// <param name="anonymous">Whether the bot runs without an app id (delivery failures are then the client's fault).</param>
    /// <param name="middleware">Bot middleware run on every turn, in order.</param>
    /// <param name="failedReply">What the citizen is told when a turn fails.</param>
    public HalternAdapter(
        BotFrameworkAuthentication authentication,
        ILogger<HalternAdapter> logger,
        BotRequestReader? reader,
        AnonymousModePolicy? anonymous,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        ITurnFailedReply failedReply)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(middleware);
        ArgumentNullException.ThrowIfNull(failedReply);
        _logger = logger;
        _reader = reader;
        _anonymous = anonymous;
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = async (turnContext, exception) =>
        {
            if (IsDeliveryFailure(exception))
            {
                // The channel's serviceUrl did not take the reply; telling the citizen would fail the same way.
                throw new ReplyDeliveryException(exception);
            }

            if (StoreUnavailableException.Find(exception) is { } unavailable)
            {
                // The shared store is down: the request is answered with 503 and can be repeated; a reply now would
                // promise an answer the bot cannot give.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(unavailable);
            }

            logger.LogError(exception, "Turn failed for an activity of type {ActivityType} on channel {ChannelId}",
                turnContext.Activity.Type, turnContext.Activity.ChannelId);
            await turnContext.SendActivityAsync(failedReply.Create(turnContext.Activity));
        };
    }

    /// <summary>
    /// Processes a POSTed Activity. Replaces <see cref="CloudAdapter.ProcessAsync"/> (not virtual) for callers through
    /// <see cref="IBotFrameworkHttpAdapter"/>, which is how <c>/api/messages</c> calls it: the body is read by
    /// <see cref="BotRequestReader"/> (413/415/400 with a short reason instead of 500), a failed authentication is a
    /// 401 with a Warning (the SDK logs it as an Error with the exception), and a reply the channel did not take is
    /// a 4xx (anonymous: the client gave the serviceUrl) or 502 (a real channel failed), and a turn that needed the
    /// unavailable shared store a 503 with <c>Retry-After</c>, not an unhandled exception.
    /// </summary>
    public new async Task ProcessAsync(HttpRequest httpRequest, HttpResponse httpResponse, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(httpRequest);
        ArgumentNullException.ThrowIfNull(httpResponse);
        ArgumentNullException.ThrowIfNull(bot);

        if (_reader is null || !HttpMethods.IsPost(httpRequest.Method))
        {
            await base.ProcessAsync(httpRequest, httpResponse, bot, cancellationToken);
            return;
        }

        var read = await _reader.ReadAsync(httpRequest, cancellationToken);
        if (read.Activity is null)
        {
            _logger.LogDebug("Rejected a request to the bot with {StatusCode}: {Reason}", read.StatusCode, read.Reason);
            await WriteProblemAsync(httpResponse, read.StatusCode, read.Reason!, cancellationToken);
            return;
        }

        InvokeResponse? invokeResponse;
        try
        {
            invokeResponse = await ProcessActivityAsync(httpRequest.Headers.Authorization.ToString(), read.Activity, bot.OnTurnAsync, cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            _logger.LogWarning("Rejected an unauthenticated request to the bot");
            httpResponse.Headers.WWWAuthenticate = "Bearer";
            await WriteProblemAsync(httpResponse, StatusCodes.Status401Unauthorized, "A valid channel token is required.", cancellationToken);
            return;
        }
        catch (ReplyDeliveryException exception)
        {
            var anonymous = _anonymous?.IsAnonymous ?? true;
            _logger.LogWarning("The reply could not be delivered to the activity's serviceUrl: {Reason}", exception.InnerException?.GetType().Name);
            await WriteProblemAsync(
                httpResponse,
                anonymous ? StatusCodes.Status400BadRequest : StatusCodes.Status502BadGateway,
                "The reply could not be delivered to the serviceUrl.",
                cancellationToken);
            return;
        }
        catch (StoreUnavailableException exception)
        {
            _logger.LogWarning("A turn was refused because the shared store is unavailable: {Reason}", exception.Reason);
            httpResponse.Headers.RetryAfter = exception.RetryAfterSeconds;
            await WriteProblemAsync(httpResponse, StatusCodes.Status503ServiceUnavailable, "The conversation store is unavailable; please try again shortly.", cancellationToken);
            return;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return; // the client went away
        }

        if (invokeResponse?.Status == StatusCodes.Status501NotImplemented)
        {
            // The SDK answers an invoke the bot does not handle with 501; to the client that is a request this bot
            // does not support, not a server failure.
            await WriteProblemAsync(httpResponse, StatusCodes.Status400BadRequest, "This bot does not support this invoke.", cancellationToken);
            return;
        }

        await HttpHelper.WriteResponseAsync(httpResponse, invokeResponse);
    }

    private static bool IsDeliveryFailure(Exception exception) =>
        exception is HttpRequestException or ErrorResponseException or TaskCanceledException
        || exception.InnerException is HttpRequestException;

    private static async Task WriteProblemAsync(HttpResponse response, int statusCode, string reason, CancellationToken cancellationToken)
    {
        if (response.HasStarted)
        {
            return;
        }

        response.StatusCode = statusCode;
        await response.WriteAsJsonAsync(
            new ProblemBody(reason, statusCode),
            HardeningJsonContext.Default.ProblemBody,
            contentType: "application/problem+json",
            cancellationToken);
    }
}

/// <summary>The channel's <c>serviceUrl</c> did not accept a reply.</summary>
public sealed class ReplyDeliveryException(Exception inner) : Exception("The reply could not be delivered to the channel.", inner);

/// <summary>A short problem description: <c>{"title": "...", "status": 400}</c>.</summary>
public sealed record ProblemBody(string Title, int Status);

/// <summary>Source-generated JSON for the hardening's small response bodies.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(ProblemBody))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
public sealed partial class HardeningJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
