namespace Haltern.Bot.DirectLine;

/// <summary>Direct Line's JSON answers: activity sets, conversations, and <c>{"error":{code,message}}</c>.</summary>
internal static class DirectLineResults
{
    public static IResult Json(object value, int statusCode = StatusCodes.Status200OK) =>
        Raw(DirectLineJson.Serialize(value), statusCode);

    public static IResult Raw(string json, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(json, "application/json; charset=utf-8", System.Text.Encoding.UTF8, statusCode);

    public static IResult Error(int statusCode, string code, string message) =>
        Json(new { error = new { code, message } }, statusCode);
}
