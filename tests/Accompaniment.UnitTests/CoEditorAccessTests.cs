using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Plans;
using Defis.SharedKernel.Errors;
using static Defis.Accompaniment.UnitTests.Programme;

namespace Defis.Accompaniment.UnitTests;

/// <summary>The co-editors of a plan's dossier read it as its lead does, by their token's e-mail, and act on none of it.</summary>
public sealed class CoEditorAccessTests
{
    private const string Address = "claire.martin@example.gouv.fr";
    private static readonly SupportPlan Plan = Incubation();
    private static readonly CoEditors Team = new(Plan.DossierId, [Address, "paul.durand@example.gouv.fr"]);

    private static Caller Applicant(string? email, string id = "claire") => new(id, AccompanimentRoles.Laureate | AccompanimentRoles.Candidate, email);

    [Theory]
    [InlineData(Address, true)]
    // As a token may spell it.
    [InlineData(" Claire.Martin@Example.gouv.fr ", true)]
    [InlineData("agent-nantes@example.gouv.fr", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_co_editor_is_known_by_the_e_mail_of_their_token(string? email, bool included) =>
        Assert.Equal(included, Team.Include(Applicant(email)));

    [Fact]
    public void Only_an_applicant_is_a_co_editor() =>
        Assert.False(Team.Include(new Caller("claire", AccompanimentRoles.Coach | AccompanimentRoles.Candidate, Address)));

    [Fact]
    public void Nobody_co_edits_a_dossier_whose_filing_named_no_one() => Assert.False(CoEditors.None(Plan.DossierId).Include(Applicant(Address)));

    [Fact]
    public void A_co_editor_reads_the_plan_and_its_check_ins_as_the_lead_does()
    {
        var claire = Applicant(Address);
        Assert.True(AccompanimentAccess.CanReadPlan(claire, Plan, Team));
        Assert.True(AccompanimentAccess.CanReadCheckIns(claire, Plan, Team));
        Assert.Same(Plan, AccompanimentAccess.RequireVisiblePlan(claire, Plan.Id, Plan, Team));
        Assert.True(AccompanimentAccess.OnlyCoEdits(claire, Plan, Team));
        Assert.Empty(AccompanimentAccess.PortfolioPlans(claire, [Plan]));
    }

    [Fact]
    public void Another_dossiers_co_editors_see_nothing_of_the_plan()
    {
        var elsewhere = Team with { DossierId = Guid.CreateVersion7() };
        var claire = Applicant(Address);
        Assert.False(AccompanimentAccess.CanReadPlan(claire, Plan, elsewhere));
        Assert.False(AccompanimentAccess.OnlyCoEdits(claire, Plan, elsewhere));
        Assert.Throws<NotFoundException>(() => AccompanimentAccess.RequireVisiblePlan(claire, Plan.Id, Plan, elsewhere));
    }

    [Fact]
    public void A_co_editor_is_denied_a_change_and_told_the_lead_acts()
    {
        var denied = Assert.Throws<PermissionDeniedException>(() => AccompanimentAccess.RequirePlanToChange(Applicant(Address), Plan.Id, Plan, Team));
        Assert.Equal(AccompanimentAccess.LeadAlone, denied.Message);
        Assert.StartsWith("Seul le porteur du dossier lauréat peut agir sur son plan d'accompagnement", denied.Message);
    }

    [Fact]
    public void A_stranger_is_told_the_plan_does_not_exist_when_changing_it_too()
    {
        var stranger = Applicant("agent-nantes@example.gouv.fr", "agent-nantes");
        Assert.Throws<NotFoundException>(() => AccompanimentAccess.RequirePlanToChange(stranger, Plan.Id, Plan, Team));
        Assert.Throws<NotFoundException>(() => AccompanimentAccess.RequirePlanToChange(Staff, Guid.CreateVersion7(), null, Team));
        Assert.Throws<NotFoundException>(() => AccompanimentAccess.RequirePlanToChange(Staff, Guid.CreateVersion7(), Plan, Team));
    }

    [Fact]
    public void The_lead_coaches_and_staff_still_reach_the_plans_own_rules_even_if_the_filing_names_them()
    {
        var lead = new Caller(TeamMember.UserId, TeamMember.Roles, Address);
        var coach = new Caller(Plan.CoachIds[0], AccompanimentRoles.Coach | AccompanimentRoles.Laureate, Address);
        var staff = Staff with { Email = Address };
        foreach (var caller in new[] { lead, coach, staff, TeamMember })
        {
            Assert.Same(Plan, AccompanimentAccess.RequirePlanToChange(caller, Plan.Id, Plan, Team));
            Assert.False(AccompanimentAccess.OnlyCoEdits(caller, Plan, Team));
        }
    }

    [Fact]
    public void A_co_editor_of_a_purged_dossier_is_nobody_since_its_team_is_forgotten()
    {
        var claire = Applicant(Address);
        Assert.False(AccompanimentAccess.CanReadPlan(claire, Plan, CoEditors.None(Plan.DossierId)));
        Assert.Throws<NotFoundException>(() => AccompanimentAccess.RequirePlanToChange(claire, Plan.Id, Plan, CoEditors.None(Plan.DossierId)));
    }
}
