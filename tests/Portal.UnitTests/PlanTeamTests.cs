using System.Security.Claims;
using Defis.Contracts.Accompaniment.V1;
using Defis.Portal.Forms;
using Defis.ServiceDefaults.Security;

namespace Defis.Portal.UnitTests;

/// <summary>Who gets the plan's forms: its lead; a co-editor of the dossier, who reads the plan, is told the lead acts.</summary>
public sealed class PlanTeamTests
{
    private static readonly SupportPlan Plan = new() { MemberIds = { "lead-lyon" }, CoachIds = { "coach-a" } };

    private static ClaimsPrincipal User(string id, params string[] roles) =>
        new(new ClaimsIdentity([new Claim("sub", id), .. roles.Select(r => new Claim("role", r))], "test", "sub", "role"));

    [Theory]
    // who, their roles, leads, only co-edits
    [InlineData("lead-lyon", Roles.Applicant, true, false)]
    [InlineData("claire.martin", Roles.Applicant, false, true)]
    [InlineData("coach-a", Roles.Coach, false, false)]
    // A coach who also files dossiers still coaches this plan.
    [InlineData("coach-a", $"{Roles.Coach},{Roles.Applicant}", false, false)]
    [InlineData("staff-ditp", Roles.ProgrammeStaff, false, false)]
    [InlineData("staff-ditp", $"{Roles.ProgrammeStaff},{Roles.Applicant}", false, false)]
    public void The_lead_gets_the_forms_and_a_co_editor_the_sentence(string who, string roles, bool leads, bool onlyCoEdits)
    {
        var user = User(who, roles.Split(','));
        Assert.Equal((leads, onlyCoEdits), (PlanTeam.Leads(user, Plan), PlanTeam.OnlyCoEdits(user, Plan)));
    }
}
