using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Haltern.DirectLine;

/// <summary>
/// Reads request bodies the way a public endpoint must, for the bot's <c>/api/messages</c> and for Direct Line:
/// never more than a limit (<see cref="ReadBoundedAsync"/>). For <c>/api/messages</c> (<see cref="ReadAsync"/>) an
/// Activity: JSON only (415), well-formed and not too deep (400), and with the fields the adapter relies on (400),
/// each with a short reason. Everything it accepts the SDK can process without throwing.
/// </summary>
public sealed class BotRequestReader
{
    /// <summary>The serviceUrl given to an expectReplies activity that names none: loopback, and never called.</summary>
    internal const string NoCallbackServiceUrl = "http://127.0.0.1/";

    private readonly ActivityRequestLimits _limits;

    public BotRequestReader(ActivityRequestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _limits = limits;
    }

    /// <summary>
    /// The request's body, or null when it is longer than <paramref name="limit"/> bytes: a declared length over
    /// the limit is refused before reading, and no more than the limit is ever read.
    /// </summary>
    public static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>Reads and checks the request's Activity.</summary>
    public async Task<BotRequestReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!IsJson(request.ContentType))
        {
            return BotRequestReadResult.Fail(StatusCodes.Status415UnsupportedMediaType, "Content-Type must be application/json.");
        }

        var body = await ReadBoundedAsync(request, _limits.MaxRequestBodyBytes, cancellationToken);
        if (body is null)
        {
            return BotRequestReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {_limits.MaxRequestBodyBytes} bytes.");
        }

        if (!IsWellFormedObject(body, _limits.MaxJsonDepth, out var jsonProblem))
        {
            return BotRequestReadResult.Fail(StatusCodes.Status400BadRequest, jsonProblem);
        }

        Activity? activity;
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(body), Encoding.UTF8)) { MaxDepth = _limits.MaxJsonDepth };
            activity = HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
        }
        catch (Exception exception) when (exception is Newtonsoft.Json.JsonException or ArgumentException or FormatException or OverflowException or InvalidCastException)
        {
            return BotRequestReadResult.Fail(StatusCodes.Status400BadRequest, "The body is not a valid Activity (a field has the wrong type).");
        }

        var problem = Check(activity);
        return problem is null
            ? BotRequestReadResult.Success(activity!)
            : BotRequestReadResult.Fail(StatusCodes.Status400BadRequest, problem);
    }

    private string? Check(Activity? activity)
    {
        if (activity is null)
        {
            return "The body must be an Activity object.";
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no type.";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId) || activity.ChannelId.Length > _limits.MaxIdLength)
        {
            return "The activity needs a channelId.";
        }

        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        if (expectReplies)
        {
            // The replies travel back in the response body: no callback, so nothing to call back to is needed,
            // and a client that names no conversation gets a conversation of one turn.
            if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
            {
                activity.ServiceUrl = NoCallbackServiceUrl;
            }

            if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            {
                activity.Conversation = new ConversationAccount(id: "once-" + Guid.NewGuid().ToString("N"));
            }
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id) || activity.Conversation.Id.Length > _limits.MaxIdLength)
        {
            return "The activity needs a conversation.id.";
        }

        if (activity.From?.Id?.Length > _limits.MaxIdLength || activity.Recipient?.Id?.Length > _limits.MaxIdLength)
        {
            return "An id is too long.";
        }

        if (HasControlCharacters(activity.ChannelId) || HasControlCharacters(activity.Conversation.Id) || HasControlCharacters(activity.Id)
            || HasControlCharacters(activity.From?.Id) || HasControlCharacters(activity.Recipient?.Id) || HasControlCharacters(activity.ReplyToId))
        {
            // Ids travel in URLs and headers of the reply; a newline there breaks the HTTP request.
            return "Ids must not contain control characters.";
        }

        if (activity.MembersAdded?.Any(m => string.IsNullOrEmpty(m?.Id) || m.Id.Length > _limits.MaxIdLength) == true
            || activity.MembersRemoved?.Any(m => string.IsNullOrEmpty(m?.Id) || m.Id.Length > _limits.MaxIdLength) == true)
        {
            return "Every member in membersAdded and membersRemoved needs an id.";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttp && serviceUrl.Scheme != Uri.UriSchemeHttps))
        {
            return "The activity needs an absolute http(s) serviceUrl.";
        }

        return ShapeProblem(activity);
    }

    /// <summary>
    /// The parts the SDK reads only later, inside the turn (mentions through <c>GetMentions</c>, Teams channel data
    /// through <c>GetChannelData</c>), read once here: of the wrong shape they are the client's mistake (400), not
    /// an exception in the middle of a turn.
    /// </summary>
    private static string? ShapeProblem(Activity activity)
    {
        try
        {
            foreach (var entity in activity.Entities ?? [])
            {
                if (entity is null)
                {
                    return "An entity is null.";
                }

                if (string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase))
                {
                    var mention = entity.GetAs<Mention>();
                    if (mention?.Mentioned is { } mentioned && (mentioned.Id?.Length > 512 || HasControlCharacters(mentioned.Id)))
                    {
                        return "A mention has an invalid id.";
                    }
                }
            }

            if (activity.ChannelData is not null && string.Equals(activity.ChannelId, Microsoft.Bot.Connector.Channels.Msteams, StringComparison.OrdinalIgnoreCase))
            {
                if (activity.ChannelData is not JObject)
                {
                    return "Teams channelData must be an object.";
                }

                _ = activity.GetChannelData<Microsoft.Bot.Schema.Teams.TeamsChannelData>();
            }
        }
        catch (Exception exception) when (exception is Newtonsoft.Json.JsonException or ArgumentException or FormatException or OverflowException or InvalidCastException)
        {
            return "An entity or the channelData has the wrong shape.";
        }

        return null;
    }

    private static bool HasControlCharacters(string? value) => value is not null && value.Any(char.IsControl);

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return false;
        }

        var subtype = mediaType.SubTypeWithoutSuffix.Value;
        var suffix = mediaType.Suffix.Value;
        return string.Equals(mediaType.Type.Value, "application", StringComparison.OrdinalIgnoreCase)
               && (string.Equals(subtype, "json", StringComparison.OrdinalIgnoreCase) || string.Equals(suffix, "json", StringComparison.OrdinalIgnoreCase))
               && (mediaType.Charset.Value is null || string.Equals(mediaType.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsWellFormedObject(byte[] body, int maxDepth, out string problem)
    {
        // The reader's own limit sits above ours, so that too deep is told apart from malformed.
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = maxDepth + 2, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                problem = "The body must be a JSON object.";
                return false;
            }

            while (reader.Read())
            {
                if (reader.CurrentDepth > maxDepth)
                {
                    problem = $"The JSON is nested deeper than {maxDepth} levels.";
                    return false;
                }
            }

            problem = string.Empty;
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            problem = "The body is not well-formed JSON.";
            return false;
        }
    }
}

/// <summary>The limits of <see cref="BotRequestReader.ReadAsync"/>: body size in bytes, JSON depth, length of an id.</summary>
public sealed record ActivityRequestLimits(int MaxRequestBodyBytes, int MaxJsonDepth, int MaxIdLength);

/// <summary>The outcome of <see cref="BotRequestReader.ReadAsync"/>: an Activity, or a status code with a short reason.</summary>
public sealed record BotRequestReadResult(Activity? Activity, int StatusCode, string? Reason)
{
    public static BotRequestReadResult Success(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static BotRequestReadResult Fail(int statusCode, string reason) => new(null, statusCode, reason);
}
