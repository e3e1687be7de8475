using Microsoft.AspNetCore.Http.HttpResults;

namespace Haltern.DirectLine;

/// <summary><c>tokens/generate</c> and <c>tokens/refresh</c>: a conversation's token, bought with the secret or a token.</summary>
internal sealed class TokenEndpoints(DirectLineTokenService tokens, DirectLineCaller caller)
{
    /// <summary>Maps the token calls onto the Direct Line group.</summary>
    public static RouteGroupBuilder Map(RouteGroupBuilder group)
    {
        // Handlers are resolved per request, not when mapping: see DirectLineExtensions.MapDirectLine.
        group.MapPost("/tokens/generate", (HttpContext context, TokenEndpoints handlers, CancellationToken cancellationToken) =>
            handlers.GenerateAsync(context, cancellationToken));
        group.MapPost("/tokens/refresh", (HttpContext context, TokenEndpoints handlers) => handlers.Refresh(context));
        return group;
    }

    /// <summary><c>POST tokens/generate</c>: the secret buys a token for a new conversation.</summary>
    public async Task<Results<DirectLineOk<TokenAnswer>, DirectLineError>> GenerateAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var check = caller.Authenticate(context, out _);
        if (check != CredentialCheck.Secret)
        {
            return check == CredentialCheck.Invalid
                ? DirectLineError.Unauthorized()
                : DirectLineError.Forbidden("tokens/generate needs the Direct Line secret.");
        }

        var (body, error) = await caller.ReadBodyAsync(context.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (!DirectLineCaller.TryReadUserId(body, out var userId, out error))
        {
            return error!;
        }

        var conversationId = DirectLineTokenService.NewConversationId();
        return new DirectLineOk<TokenAnswer>(new TokenAnswer(conversationId, tokens.Issue(conversationId, userId), tokens.ExpiresInSeconds));
    }

    /// <summary><c>POST tokens/refresh</c>: a valid token buys a fresh one for the same conversation.</summary>
    public Results<DirectLineOk<TokenAnswer>, DirectLineError> Refresh(HttpContext context)
    {
        var check = caller.Authenticate(context, out var grant);
        return check switch
        {
            CredentialCheck.Token => new DirectLineOk<TokenAnswer>(new TokenAnswer(
                grant!.ConversationId, tokens.Issue(grant.ConversationId, grant.UserId), tokens.ExpiresInSeconds)),
            CredentialCheck.Secret => DirectLineError.Forbidden("tokens/refresh needs a token, not the secret."),
            CredentialCheck.Expired => DirectLineError.Forbidden("The token has expired."),
            _ => DirectLineError.Unauthorized(),
        };
    }
}
