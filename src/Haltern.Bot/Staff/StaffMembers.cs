using Haltern.Bot.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace Haltern.Bot.Staff;

/// <summary>Who counts as the city's staff: Teams users of a configured tenant (<see cref="TeamsOptions.StaffTenantIds"/>).</summary>
public sealed class StaffMembers
{
    private readonly IOptionsMonitor<TeamsOptions> _teams;

    public StaffMembers(IOptionsMonitor<TeamsOptions> teams)
    {
        ArgumentNullException.ThrowIfNull(teams);
        _teams = teams;
    }

    /// <summary>
    /// True for a Teams user of a configured tenant, on a request the Bot Framework authenticated (without
    /// authentication anybody could claim a tenant; <see cref="TeamsOptions.AllowStaffWithoutAuthentication"/>
    /// lifts this for local tests only).
    /// </summary>
    public bool IsStaff(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var options = _teams.CurrentValue;
        var activity = turnContext.Activity;
        if (!TeamsConversation.IsTeams(activity))
        {
            return false;
        }

        var tenant = TeamsConversation.TenantId(activity);
        if (string.IsNullOrWhiteSpace(tenant)
            || !options.StaffTenantIds.Any(t => string.Equals(t?.Trim(), tenant, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return options.AllowStaffWithoutAuthentication || TeamsConversation.IsAuthenticated(turnContext);
    }
}
