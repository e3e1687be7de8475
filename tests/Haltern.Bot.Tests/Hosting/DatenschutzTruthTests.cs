using System.Text.RegularExpressions;
using Haltern.DirectLine;
using Haltern.Bot.Staff;
using Haltern.Bot.Staff.Consent;
using Haltern.Bot.Staff.Handoff;
using Haltern.Bot.State;
using Haltern.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.Tests.Hosting;

/// <summary>
/// What the privacy entry tells citizens is what the bot, as configured by its shipped settings, does: every
/// period it names is a configured one, and where it says things are kept is where they are kept.
/// </summary>
public sealed partial class DatenschutzTruthTests : IDisposable
{
    private readonly BotApplicationFactory _host = new();
    private readonly string _entry = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "knowledge", "services", "datenschutz.md"));

    public void Dispose() => _host.Dispose();

    [Fact]
    public void Every_number_of_days_is_the_configured_retention_of_what_its_paragraph_speaks_of()
    {
        var staff = _host.Services.GetRequiredService<IOptions<StaffOptions>>().Value;
        var handoff = _host.Services.GetRequiredService<IOptions<HandoffOptions>>().Value;
        var handoffButton = StaffPhrases.German.HandoffAccept;

        // The bullet about passing a question to staff speaks of requests; every other number is the question log's.
        var bullets = _entry.Split("\n- ", StringSplitOptions.None);
        var handoffDays = bullets.Where(b => b.StartsWith("**Ihre Frage an Mitarbeitende", StringComparison.Ordinal)).SelectMany(DaysIn).ToList();
        var otherDays = bullets.Where(b => !b.StartsWith("**Ihre Frage an Mitarbeitende", StringComparison.Ordinal)).SelectMany(DaysIn).ToList();

        Assert.NotEmpty(handoffDays);
        Assert.All(handoffDays, d => Assert.Equal(handoff.RetentionDays, d));
        Assert.NotEmpty(otherDays);
        Assert.All(otherDays, d => Assert.Equal(staff.RetentionDays, d));
        Assert.Contains(handoffButton, _entry, StringComparison.Ordinal); // the button it names is the one shown
    }

    [Fact]
    public void What_it_says_about_requests_to_staff_is_what_the_handoff_keeps()
    {
        var handoff = _host.Services.GetRequiredService<IOptions<HandoffOptions>>().Value;
        var offer = StaffPhrases.German.HandoffOffer;

        // The offer a citizen reads names the same period and asks for the same button as the entry.
        Assert.Contains("{days} Tage", offer, StringComparison.Ordinal);
        Assert.Contains($"spätestens nach {handoff.RetentionDays} Tagen", _entry, StringComparison.Ordinal);
        Assert.Equal("An die Stadt weitergeben", StaffPhrases.German.HandoffAccept);
        // E-mail is only mentioned as something the citizen may add; the shipped settings send none.
        Assert.False(handoff.MailConfigured);
        Assert.Contains("nur wenn Sie sie danach schreiben", _entry, StringComparison.Ordinal);
    }

    private static IEnumerable<int> DaysIn(string text) =>
        Days().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Every_number_of_minutes_is_how_long_conversation_state_and_the_chat_window_live()
    {
        var state = _host.Services.GetRequiredService<IOptions<ConversationStoreOptions>>().Value;
        var directLine = _host.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;

        var minutes = Minutes().Matches(_entry).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.NotEmpty(minutes);
        Assert.All(minutes, m => Assert.Equal(state.TimeToLive, TimeSpan.FromMinutes(m)));
        Assert.All(minutes, m => Assert.True(directLine.ConversationIdleTimeout <= TimeSpan.FromMinutes(m), "the chat window keeps messages longer than the entry says"));
        Assert.True(directLine.UnusedConversationTimeout <= directLine.ConversationIdleTimeout);
    }

    [Fact]
    public void What_it_says_is_in_memory_is_in_memory_and_what_is_on_the_city_server_is_the_question_log()
    {
        var state = _host.Services.GetRequiredService<IOptions<ConversationStoreOptions>>().Value;
        var staff = _host.Services.GetRequiredService<IOptions<StaffOptions>>().Value;
        var rateWindow = _host.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.RateLimitWindow;

        Assert.Contains("Arbeitsspeicher", _entry, StringComparison.Ordinal);
        // Conversation state (and the pending question) in memory, as the entry says; with Store=Redis, RedisPersistence
        // checks at start that Redis keeps it in memory only (RedisPersistenceTests).
        Assert.Equal("Memory", state.Store);
        Assert.Contains("Server der Stadt", _entry, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(staff.DataPath));
        Assert.Contains("etwa eine Minute", _entry, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(1), rateWindow);
        Assert.Contains("Frage anonym weitergeben", _entry, StringComparison.Ordinal); // the button it names is the one shown
        Assert.Equal("Frage anonym weitergeben", Haltern.Bot.Staff.Consent.StaffPhrases.German.QuestionLogAccept);
        Assert.DoesNotContain("bewahrt Ihre Nachrichten nicht auf", _entry, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(\d+)\s+Tage(?:n)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Days();

    [GeneratedRegex(@"(\d+)\s+Minuten", RegexOptions.CultureInvariant)]
    private static partial Regex Minutes();
}
