using System.Globalization;
using Haltern.Assistant;
using Haltern.Bot.Staff.Consent;
using Haltern.Bot.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Haltern.Bot.Staff.Handoff;

/// <summary>
/// What staff see of a request in Teams: the post in the staff channel (case number, the masked and escaped
/// question, where and when it was asked, and an Adaptive Card to answer or take it over), sent proactively with
/// the SDK's <c>ContinueConversationAsync</c>; and the card that saves an answer as knowledge. Cards are JSON (the
/// AdaptiveCards assembly is not available).
/// </summary>
public sealed class StaffChannelMessages
{
    /// <summary>The key in a card's submit data that names what the staff member did.</summary>
    public const string ActionKey = TeamsConversation.ActionKey;

    public const string AnswerAction = "answer";
    public const string TakeAction = "take";
    public const string SaveAction = "save";

    private readonly Lazy<CloudAdapter> _adapter;
    private readonly string _appId;
    private readonly TimeZoneInfo _timeZone;

    // The adapter is resolved on first use: it runs the middleware, which reaches this class through the consent offer.
    public StaffChannelMessages(IServiceProvider services, IConfiguration configuration, IOptions<AssistantOptions> assistant)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(assistant);
        _adapter = new Lazy<CloudAdapter>(services.GetRequiredService<CloudAdapter>);
        _appId = configuration["MicrosoftAppId"] ?? string.Empty;
        _timeZone = TimeZoneInfo.FindSystemTimeZoneById(assistant.Value.TimeZone);
    }

    /// <summary>Posts the request as a new message in the staff channel and returns that message's id.</summary>
    public async Task<string> PostRequestAsync(StaffChannel channel, HandoffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(request);
        var phrases = StaffPhrases.For(channel.English); // staff read the channel's language, whatever the citizen wrote
        var message = MessageFactory.Text(StaffPhrases.Fill(
            phrases.RequestPost,
            ("number", HandoffPurpose.Number(request.Number)),
            ("channel", phrases.ChannelName(request.Chat.ChannelId)),
            ("time", Time(request.AskedAt, channel.English)),
            ("question", StaffText.Escape(request.Question))));
        message.TextFormat = TextFormatTypes.Markdown;
        message.Locale = channel.English ? "en-US" : "de-DE";
        message.Attachments = [Card(AnswerCard(request.Number, phrases))];

        string? id = null;
        await _adapter.Value.ContinueConversationAsync(
            _appId,
            channel.Reference(),
            async (turnContext, token) => id = (await turnContext.SendActivityAsync(message, token))?.Id,
            cancellationToken);
        return string.IsNullOrEmpty(id) ? throw new InvalidOperationException("The staff channel returned no message id.") : id;
    }

    /// <summary>The card under an answered request: a title to edit and "Als Wissen speichern".</summary>
    public static Attachment SaveCard(int number, string question, string answer, bool english)
    {
        var phrases = StaffPhrases.For(english);
        var title = question.Length <= 120 ? question : question[..120].TrimEnd() + "…";
        return Card(new JObject
        {
            ["body"] = new JArray
            {
                new JObject
                {
                    ["type"] = "Input.Text",
                    ["id"] = "title",
                    ["label"] = phrases.CardTitleLabel,
                    ["value"] = title,
                    ["maxLength"] = 200,
                },
            },
            ["actions"] = new JArray
            {
                Submit(phrases.CardSave, new JObject
                {
                    [ActionKey] = SaveAction,
                    ["request"] = number,
                    ["question"] = question,
                    ["answer"] = answer,
                }),
            },
        });
    }

    private static JObject AnswerCard(int number, StaffPhrases phrases) => new()
    {
        ["body"] = new JArray
        {
            new JObject
            {
                ["type"] = "Input.Text",
                ["id"] = "answer",
                ["label"] = phrases.CardAnswerLabel,
                ["isMultiline"] = true,
                ["maxLength"] = 4000,
            },
        },
        ["actions"] = new JArray
        {
            Submit(phrases.CardAnswer, new JObject { [ActionKey] = AnswerAction, ["request"] = number }),
            Submit(phrases.CardTake, new JObject { [ActionKey] = TakeAction, ["request"] = number }),
        },
    };

    private static JObject Submit(string title, JObject data) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = data,
    };

    private static Attachment Card(JObject content)
    {
        content["type"] = "AdaptiveCard";
        content["version"] = "1.4";
        content["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json";
        return new Attachment { ContentType = TeamsReplyFormatter.AdaptiveCardContentType, Content = content };
    }

    // Formatted by hand in the invariant culture: the turn's culture is not the city's.
    private string Time(DateTimeOffset at, bool english)
    {
        var local = TimeZoneInfo.ConvertTime(at, _timeZone);
        return local.ToString(english ? "yyyy-MM-dd HH:mm" : "dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
    }
}
