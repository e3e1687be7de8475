using Haltern.DirectLine;
using Haltern.Bot.Staff.Consent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;

namespace Haltern.Bot.Staff.Handoff;

/// <summary>How an answer reached the citizen.</summary>
public enum Delivery
{
    NotDelivered,
    Chat,
    Email,
}

/// <summary>
/// Brings a staff answer to the citizen: into the chat the question came from (the bot's own Direct Line in-process,
/// any other channel proactively through its service URL); when that chat has closed and the citizen left an
/// e-mail address, by e-mail.
/// </summary>
public sealed class CitizenDelivery
{
    private readonly Lazy<CloudAdapter> _adapter;
    private readonly Lazy<DirectLineBotAdapter> _directLine;
    private readonly HandoffMailer _mailer;
    private readonly string _appId;
    private readonly ILogger<CitizenDelivery> _logger;

    // The adapters are resolved on first use: they run the middleware, which holds this class.
    public CitizenDelivery(IServiceProvider services, HandoffMailer mailer, IConfiguration configuration, ILogger<CitizenDelivery> logger)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(mailer);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(logger);
        _adapter = new Lazy<CloudAdapter>(services.GetRequiredService<CloudAdapter>);
        _directLine = new Lazy<DirectLineBotAdapter>(services.GetRequiredService<DirectLineBotAdapter>);
        _mailer = mailer;
        _appId = configuration["MicrosoftAppId"] ?? string.Empty;
        _logger = logger;
    }

    public async Task<Delivery> DeliverAsync(HandoffRequest request, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(answer);
        var phrases = StaffPhrases.For(request.English);
        var number = HandoffPurpose.Number(request.Number);
        if (await TryChatAsync(request, StaffPhrases.Fill(phrases.CitizenAnswer, ("number", number), ("answer", answer)), cancellationToken))
        {
            return Delivery.Chat;
        }

        if (request.Email is not { Length: > 0 } email || !_mailer.Configured)
        {
            return Delivery.NotDelivered;
        }

        try
        {
            await _mailer.SendAsync(
                email,
                StaffPhrases.Fill(phrases.MailSubject, ("number", number)),
                StaffPhrases.Fill(phrases.MailBody, ("number", number), ("question", request.Question), ("answer", answer)),
                cancellationToken);
            return Delivery.Email;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception type only: a server's message may quote the address.
            _logger.LogWarning("Could not send the answer to request {Number} by e-mail: {Error}", request.Number, ex.GetType().Name);
            return Delivery.NotDelivered;
        }
    }

    private async Task<bool> TryChatAsync(HandoffRequest request, string text, CancellationToken cancellationToken)
    {
        var message = MessageFactory.Text(text);
        message.Locale = request.English ? "en-US" : "de-DE";
        string? id = null;
        BotCallbackHandler send = async (turnContext, token) => id = (await turnContext.SendActivityAsync(message, token))?.Id;
        try
        {
            if (request.Chat.BuiltInDirectLine)
            {
                // The bot's own Direct Line gives a reply to a conversation that has ended no id: not delivered.
                await _directLine.Value.ContinueConversationAsync(_directLine.Value.Bot.Id, request.Chat.Reference(), send, cancellationToken);
            }
            else
            {
                await _adapter.Value.ContinueConversationAsync(_appId, request.Chat.Reference(), send, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogInformation("The chat of request {Number} on channel {ChannelId} took no answer: {Error}", request.Number, request.Chat.ChannelId, ex.GetType().Name);
            return false;
        }

        return !string.IsNullOrEmpty(id);
    }
}
