using System.Globalization;
using System.Text.Json;

namespace Haltern.Bot.Staff.Consent;

/// <summary>
/// The words citizens and staff read about what is kept and about requests passed to staff
/// (<c>Staff/Consent/staff-phrases.json</c>, embedded): the consent offers, their answers, the staff commands'
/// answers, the request cards and the notes of the staff reports, in German and English. Every key must be there.
/// </summary>
public sealed record StaffPhrases
{
    private static readonly Lazy<(StaffPhrases German, StaffPhrases English)> Shipped = new(Load);

    public static StaffPhrases German => Shipped.Value.German;

    public static StaffPhrases English => Shipped.Value.English;

    public required string QuestionLogOffer { get; init; }

    public required string QuestionLogAccept { get; init; }

    public required string QuestionLogAccepted { get; init; }

    public required string NothingPending { get; init; }

    /// <summary>Short answers that accept an offer made in the reply just before.</summary>
    public required IReadOnlyList<string> Yes { get; init; }

    public required string OpenQuestionsNote { get; init; }

    public required string StatisticsNote { get; init; }

    /// <summary>The answer to a staff command outside the city's Teams tenants.</summary>
    public required string StaffOnly { get; init; }

    public required string HandoffOffer { get; init; }

    /// <summary>Added to <see cref="HandoffOffer"/> when answers can go by e-mail.</summary>
    public required string HandoffOfferEmail { get; init; }

    public required string HandoffAccept { get; init; }

    public required string HandoffAccepted { get; init; }

    /// <summary>Added to <see cref="HandoffAccepted"/> when answers can go by e-mail.</summary>
    public required string HandoffAcceptedEmail { get; init; }

    public required string HandoffFailed { get; init; }

    public required string EmailKept { get; init; }

    public required string CitizenAnswer { get; init; }

    public required string MailSubject { get; init; }

    public required string MailBody { get; init; }

    public required string ChannelSet { get; init; }

    public required string ChannelOff { get; init; }

    public required string RequestPost { get; init; }

    public required string CardAnswerLabel { get; init; }

    public required string CardAnswer { get; init; }

    public required string CardTake { get; init; }

    public required string CardTitleLabel { get; init; }

    public required string CardSave { get; init; }

    public required string Taken { get; init; }

    public required string AnsweredInChat { get; init; }

    public required string AnsweredByMail { get; init; }

    public required string AnsweredUndeliverable { get; init; }

    public required string UnknownRequest { get; init; }

    public required string EmptyAnswer { get; init; }

    public required string Saved { get; init; }

    public required string SaveIncomplete { get; init; }

    /// <summary>How staff read the channel a request came from, by channel id.</summary>
    public required IReadOnlyDictionary<string, string> ChannelNames { get; init; }

    public static StaffPhrases For(bool english) => english ? English : German;

    /// <summary>A phrase with <c>{days}</c> and <c>{minutes}</c> filled in.</summary>
    public static string Fill(string phrase, int days, TimeSpan memory)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return phrase
            .Replace("{days}", days.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{minutes}", ((int)Math.Ceiling(memory.TotalMinutes)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>A phrase with each <c>{name}</c> of <paramref name="values"/> filled in.</summary>
    public static string Fill(string phrase, params (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        foreach (var (name, value) in values)
        {
            phrase = phrase.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return phrase;
    }

    /// <summary>How staff read <paramref name="channelId"/>: its name from the phrases, else the id itself.</summary>
    public string ChannelName(string? channelId) =>
        channelId is not null && ChannelNames.TryGetValue(channelId, out var name) ? name : channelId ?? string.Empty;

    private static (StaffPhrases, StaffPhrases) Load()
    {
        var assembly = typeof(StaffPhrases).Assembly;
        using var stream = assembly.GetManifestResourceStream(assembly.GetName().Name + ".Staff.Consent.staff-phrases.json")
            ?? throw new FileNotFoundException("Staff/Consent/staff-phrases.json is not shipped with the bot.");
        using var document = JsonDocument.Parse(stream);
        return (Read(document.RootElement.GetProperty("de")), Read(document.RootElement.GetProperty("en")));
    }

    // Required members: a phrase missing from the file stops the first use with the name of the key.
    private static StaffPhrases Read(JsonElement language) => language.Deserialize<StaffPhrases>()
        ?? throw new InvalidDataException("Staff/Consent/staff-phrases.json: a language is empty.");
}
