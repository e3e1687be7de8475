using Haltern.DirectLine;
using Haltern.Bot.Staff.Consent;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.Staff.Handoff;

/// <summary>
/// Passes a question the bot could not answer to a person in the Rathaus, when the citizen agrees: a request in the
/// staff channel (<see cref="StaffChannelMessages"/>), kept in <see cref="HandoffStore"/> until the answer is
/// delivered, for at most <see cref="HandoffOptions.RetentionDays"/>. Offered only while a staff channel is set;
/// registered after the question log, so it is the one offer then.
/// </summary>
public sealed class HandoffPurpose : IConsentPurpose
{
    public const string PurposeName = "handoff";

    private readonly HandoffStore _store;
    private readonly StaffChannelMessages _staff;
    private readonly HandoffOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<HandoffPurpose> _logger;

    public HandoffPurpose(HandoffStore store, StaffChannelMessages staff, IOptions<HandoffOptions> options, TimeProvider time, ILogger<HandoffPurpose> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _store = store;
        _staff = staff;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public string Name => PurposeName;

    public ConsentOffer? Offer(bool english)
    {
        if (_store.KnownChannel is null)
        {
            return null;
        }

        var phrases = StaffPhrases.For(english);
        var text = StaffPhrases.Fill(phrases.HandoffOffer, _options.RetentionDays, TimeSpan.Zero);
        if (_options.MailConfigured)
        {
            text += " " + phrases.HandoffOfferEmail;
        }

        return new ConsentOffer(text, phrases.HandoffAccept);
    }

    public async Task<string> AcceptAsync(PendingQuestion question, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(turnContext);
        var phrases = StaffPhrases.For(question.English);
        var channel = await _store.ChannelAsync(cancellationToken);
        if (channel is null)
        {
            return phrases.HandoffFailed; // the channel was switched off since the offer
        }

        var request = new HandoffRequest
        {
            Number = await _store.NextNumberAsync(cancellationToken),
            Question = question.Text,
            AskedAt = question.AskedAt,
            ExpiresAt = _time.GetUtcNow() + _options.Retention,
            English = question.English,
            Chat = CitizenChat.Of(turnContext.Activity, turnContext.Adapter is DirectLineBotAdapter),
        };

        try
        {
            request.StaffMessageId = await _staff.PostRequestAsync(channel, request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The connector refused or could not be reached: nothing is kept, the citizen is told so.
            _logger.LogWarning(ex, "Could not post request {Number} to the staff channel", request.Number);
            return phrases.HandoffFailed;
        }

        await _store.SaveAsync(request, cancellationToken);
        _logger.LogInformation("Passed request {Number} from channel {ChannelId} to staff", request.Number, request.Chat.ChannelId);
        var accepted = StaffPhrases.Fill(phrases.HandoffAccepted, ("number", Number(request.Number)));
        return _options.MailConfigured ? accepted + " " + phrases.HandoffAcceptedEmail : accepted;
    }

    internal static string Number(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
