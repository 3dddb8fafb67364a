using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Plans;
using Defis.SharedKernel.Errors;
using static Defis.Accompaniment.UnitTests.Programme;

namespace Defis.Accompaniment.UnitTests;

public sealed class AccessTests
{
    private static readonly SupportPlan Own = Incubation();
    private static readonly SupportPlan Other = SupportPlan.Open(Laureate("Autre", member: "agent-autre"), IncubationStart,
        [new("coach-z", 0)], PhaseTemplate.DefaultFor(Phase.Incubation), By(Staff, SelectedAt)).Plan;

    private static CoEditors Nobody(SupportPlan plan) => CoEditors.None(plan.DossierId);

    private static Caller Caller(string who) => who switch
    {
        "staff" => Staff,
        "coach" => Coach("coach-d"),
        "other-coach" => Coach("coach-z"),
        "laureate" => TeamMember,
        "other-laureate" => new("agent-autre", AccompanimentRoles.Laureate),
        "candidate" => new("curieux", AccompanimentRoles.Candidate),
        "coach-role-only" => Coach("coach-sans-plan"),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    [Theory]
    // caller, reads the plan, reads its check-ins, portfolio lines, organises sessions
    [InlineData("staff", true, true, 2, true)]
    [InlineData("coach", true, true, 1, true)]
    [InlineData("other-coach", false, false, 1, true)]
    [InlineData("coach-role-only", false, false, 0, true)]
    [InlineData("laureate", true, true, 0, false)]
    [InlineData("other-laureate", false, false, 0, false)]
    [InlineData("candidate", false, false, 0, false)]
    public void Each_caller_gets_exactly_its_rights(string who, bool readsPlan, bool readsCheckIns, int portfolioLines, bool organises)
    {
        var caller = Caller(who);
        Assert.Equal(
            (readsPlan, readsCheckIns, portfolioLines, organises),
            (AccompanimentAccess.CanReadPlan(caller, Own, Nobody(Own)), AccompanimentAccess.CanReadCheckIns(caller, Own, Nobody(Own)),
             AccompanimentAccess.PortfolioPlans(caller, [Own, Other]).Count(), AccompanimentAccess.CanOrganiseSessions(caller)));
    }

    [Fact]
    public void An_unknown_plan_and_an_invisible_one_read_the_same()
    {
        var missing = Assert.Throws<NotFoundException>(() => AccompanimentAccess.RequireVisiblePlan(Staff, Guid.CreateVersion7(), null, Nobody(Own)));
        var hidden = Assert.Throws<NotFoundException>(() => AccompanimentAccess.RequireVisiblePlan(Caller("other-laureate"), Own.Id, Own, Nobody(Own)));
        Assert.StartsWith("Plan d'accompagnement", missing.Message);
        Assert.StartsWith("Plan d'accompagnement", hidden.Message);
        Assert.Same(Own, AccompanimentAccess.RequireVisiblePlan(Caller("laureate"), Own.Id, Own, Nobody(Own)));
        Assert.Throws<NotFoundException>(() => AccompanimentAccess.RequireVisiblePlan(Staff, Guid.CreateVersion7(), Own, Nobody(Own)));
    }

    [Fact]
    public void A_reassigned_coach_loses_sight_of_the_plan_and_the_new_one_gains_it()
    {
        var plan = Incubation();
        plan.ReassignCoach("coach-d", "coach-z", By(Staff, SelectedAt));
        Assert.False(AccompanimentAccess.CanReadPlan(Coach("coach-d"), plan, Nobody(plan)));
        Assert.True(AccompanimentAccess.CanReadPlan(Coach("coach-z"), plan, Nobody(plan)));
    }
}
