using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Haltern.DirectLine;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.WebChat;

/// <summary>
/// What the page needs to open the chat: a conversation token, the user id it is bound to, where to talk
/// (null: the bot's own Direct Line) and whether to offer the microphone.
/// </summary>
public sealed record WebChatToken(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("domain")] string? Domain,
    [property: JsonPropertyName("speech")] bool Speech);

/// <summary>
/// Gets the page a token, so the Direct Line secret never reaches the browser: from the built-in Direct Line
/// (signed in-process), or from Azure's Direct Line (<c>tokens/generate</c> with the channel secret).
/// </summary>
public sealed class WebChatTokenSource
{
    /// <summary>The named HttpClient that calls an external Direct Line.</summary>
    public const string HttpClientName = "WebChat.DirectLine";

    private readonly DirectLineTokenService _tokens;
    private readonly IHttpClientFactory _httpClients;
    private readonly WebChatOptions _options;

    public WebChatTokenSource(DirectLineTokenService tokens, IHttpClientFactory httpClients, IOptions<WebChatOptions> options)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(httpClients);
        ArgumentNullException.ThrowIfNull(options);
        _tokens = tokens;
        _httpClients = httpClients;
        _options = options.Value;
    }

    /// <summary>A token for a new conversation of a new (anonymous) user.</summary>
    public async Task<WebChatToken> CreateAsync(CancellationToken cancellationToken)
    {
        var userId = DirectLineTokenService.NewUserId();
        if (!_options.UsesExternalDirectLine)
        {
            var conversationId = DirectLineTokenService.NewConversationId();
            return new WebChatToken(_tokens.Issue(conversationId, userId), conversationId, userId, _tokens.ExpiresInSeconds, null, _options.Speech);
        }

        var client = _httpClients.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.DirectLineDomain.TrimEnd('/') + "/tokens/generate")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { user = new { id = userId } }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.DirectLineSecret);
        using var response = await client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<GeneratedToken>(cancellationToken)
            ?? throw new HttpRequestException("Direct Line answered tokens/generate without a body.");
        return new WebChatToken(answer.Token, answer.ConversationId, userId, answer.ExpiresIn, _options.DirectLineDomain.TrimEnd('/'), _options.Speech);
    }

    private sealed record GeneratedToken(
        [property: JsonPropertyName("conversationId")] string ConversationId,
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
