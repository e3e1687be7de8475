using Microsoft.Extensions.Options;

namespace Haltern.Bot.Security;

/// <summary>
/// Whether the bot runs without a <c>MicrosoftAppId</c> (anonymous, as with the Emulator), and the start-up rule
/// that keeps it from doing so by accident: outside Development an anonymous bot refuses to start unless
/// <c>Bot:AllowAnonymous=true</c> says it is meant.
/// </summary>
public sealed class AnonymousModePolicy : IValidateOptions<BotSecurityOptions>
{
    private readonly IConfiguration _configuration;
    private readonly IHostEnvironment _environment;

    public AnonymousModePolicy(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        _configuration = configuration;
        _environment = environment;
    }

    /// <summary>True when no <c>MicrosoftAppId</c> is configured: the SDK then accepts requests without a token.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(_configuration["MicrosoftAppId"]);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BotSecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (IsAnonymous && !_environment.IsDevelopment() && !options.AllowAnonymous)
        {
            return ValidateOptionsResult.Fail(
                $"Haltern.Bot will not serve /api/messages anonymously in the '{_environment.EnvironmentName}' environment: " +
                "set MicrosoftAppId and MicrosoftAppPassword (or MicrosoftAppType=UserAssignedMSI) from the Azure Bot resource, " +
                "or, only on an isolated network, opt out with Bot:AllowAnonymous=true (environment variable Bot__AllowAnonymous=true).");
        }

        return ValidateOptionsResult.Success;
    }
}
