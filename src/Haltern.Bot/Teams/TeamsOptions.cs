namespace Haltern.Bot.Teams;

/// <summary>Configuration section <c>Teams</c>: who counts as the city's staff in Microsoft Teams.</summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";

    /// <summary>
    /// Microsoft Entra tenant ids of the city administration. Staff commands ("offene Fragen", "Statistik",
    /// "Wissensstand") answer only in Teams conversations of these tenants. Empty: nobody is staff.
    /// </summary>
    public IList<string> StaffTenantIds { get; set; } = [];

    /// <summary>
    /// Accept staff commands although the bot runs without <c>MicrosoftAppId</c> (no channel authentication).
    /// Only for local tests with the Agents Playground: without authentication anyone who reaches
    /// <c>/api/messages</c> can claim any tenant.
    /// </summary>
    public bool AllowStaffWithoutAuthentication { get; set; }
}
