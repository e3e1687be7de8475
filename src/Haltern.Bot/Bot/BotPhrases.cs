using System.Text.Json;

namespace Haltern.Bot.Bot;

/// <summary>The bot layer's own words to citizens (<c>Bot/bot-phrases.json</c>, embedded), in German and English.</summary>
public sealed record BotPhrases
{
    private static readonly Lazy<(BotPhrases German, BotPhrases English)> Shipped = new(Load);

    public static BotPhrases German => Shipped.Value.German;

    public static BotPhrases English => Shipped.Value.English;

    /// <summary>What a citizen reads when a turn fails.</summary>
    public required string TurnFailed { get; init; }

    /// <summary>The heading of the choices a Teams channel shows as card buttons.</summary>
    public required string AlsoAsk { get; init; }

    public static BotPhrases For(bool english) => english ? English : German;

    private static (BotPhrases, BotPhrases) Load()
    {
        var assembly = typeof(BotPhrases).Assembly;
        using var stream = assembly.GetManifestResourceStream(assembly.GetName().Name + ".Bot.bot-phrases.json")
            ?? throw new FileNotFoundException("Bot/bot-phrases.json is not shipped with the bot.");
        using var document = JsonDocument.Parse(stream);
        return (Read(document.RootElement.GetProperty("de")), Read(document.RootElement.GetProperty("en")));
    }

    private static BotPhrases Read(JsonElement language) => new()
    {
        TurnFailed = language.GetProperty(nameof(TurnFailed)).GetString()!,
        AlsoAsk = language.GetProperty(nameof(AlsoAsk)).GetString()!,
    };
}
