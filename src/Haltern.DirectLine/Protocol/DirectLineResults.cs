using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;

namespace Haltern.DirectLine;

/// <summary>Writes Direct Line's JSON answers: Newtonsoft-shaped, as Direct Line clients read them.</summary>
internal static class DirectLineResults
{
    public const string ContentType = "application/json; charset=utf-8";

    public static Task WriteAsync(HttpContext context, string json, int statusCode) =>
        TypedResults.Text(json, ContentType, Encoding.UTF8, statusCode).ExecuteAsync(context);

    public static void AddMetadata(EndpointBuilder builder, int statusCode, Type? type)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(statusCode, type, ["application/json"]));
    }
}

/// <summary>A Direct Line answer with a value: 200, or 201 for a conversation just started.</summary>
public sealed class DirectLineOk<T> : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IEndpointMetadataProvider
{
    internal DirectLineOk(T value, int statusCode = StatusCodes.Status200OK)
    {
        Value = value;
        StatusCode = statusCode;
    }

    public T Value { get; }

    public int StatusCode { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    object? IValueHttpResult.Value => Value;

    public Task ExecuteAsync(HttpContext httpContext) =>
        DirectLineResults.WriteAsync(httpContext, DirectLineJson.Serialize(Value!), StatusCode);

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        DirectLineResults.AddMetadata(builder, StatusCodes.Status200OK, typeof(T));
}

/// <summary>An ActivitySet (<c>{"activities":[…],"watermark":"…"}</c>), already written as JSON by the conversation.</summary>
public sealed class DirectLineActivitySet : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    internal DirectLineActivitySet(string json) => Json = json;

    /// <summary>The ActivitySet document.</summary>
    public string Json { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext) => DirectLineResults.WriteAsync(httpContext, Json, StatusCodes.Status200OK);

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        DirectLineResults.AddMetadata(builder, StatusCodes.Status200OK, null);
}

/// <summary>
/// Direct Line's error answer, <c>{"error":{"code":…,"message":…}}</c>: 400, 401 (unknown credential), 403 (expired,
/// or another conversation's token), 404, 413 or 429 (with <c>Retry-After</c>).
/// </summary>
public sealed class DirectLineError : IResult, IStatusCodeHttpResult
{
    private DirectLineError(int statusCode, string code, string message, int? retryAfterSeconds = null)
    {
        StatusCode = statusCode;
        Code = code;
        Message = message;
        RetryAfterSeconds = retryAfterSeconds;
    }

    public int StatusCode { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    /// <summary>Direct Line's error code, such as <c>BadArgument</c>.</summary>
    public string Code { get; }

    /// <summary>A short reason for the client's developer.</summary>
    public string Message { get; }

    /// <summary>For 429: when to try again, sent as <c>Retry-After</c>.</summary>
    public int? RetryAfterSeconds { get; }

    public static DirectLineError BadRequest(string message) => new(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static DirectLineError BadWatermark() => BadRequest("The watermark is not one this server gave out.");

    public static DirectLineError Unauthorized() => new(StatusCodes.Status401Unauthorized, "Unauthorized", "Unknown secret or token.");

    public static DirectLineError Forbidden(string message) => new(StatusCodes.Status403Forbidden, "TokenExpiredOrWrong", message);

    public static DirectLineError NotFound() => new(StatusCodes.Status404NotFound, "BadArgument", "Unknown or expired conversation.");

    public static DirectLineError TooLarge() => new(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The body is too large.");

    public static DirectLineError TooMany(string code, string message, TimeSpan retryAfter) =>
        new(StatusCodes.Status429TooManyRequests, code, message, Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)));

    /// <summary>Any other refusal, for callers beside the Direct Line API that answer in its format.</summary>
    public static DirectLineError Other(int statusCode, string code, string message) => new(statusCode, code, message);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (RetryAfterSeconds is { } seconds)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return DirectLineResults.WriteAsync(httpContext, DirectLineJson.Serialize(new { error = new { code = Code, message = Message } }), StatusCode);
    }
}
