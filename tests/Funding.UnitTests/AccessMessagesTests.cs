using Defis.Funding.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.UnitTests;

public sealed class AccessMessagesTests
{
    [Fact]
    public void A_denial_says_who_may_do_it()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Incubation);
        var staff = new FundingCaller("s", FundingRoles.ProgrammeStaff, new HashSet<Guid>(), new HashSet<Guid>());

        Assert.Contains("agent financier", Assert.Throws<PermissionDeniedException>(() => FundingAccess.RequireMoneyMover(staff)).Message);
        Assert.Contains("lauréat", Assert.Throws<PermissionDeniedException>(() => FundingAccess.RequireExpenseDeclarer(staff, grant)).Message);
    }

    [Fact]
    public void The_laureate_of_a_grant_not_committed_yet_is_told_the_grant_s_state()
    {
        var scenario = Scenario.CartesBlanches();
        var proposal = scenario.Propose(Phase.Incubation);
        var laureate = new FundingCaller("l", FundingRoles.Laureate, new HashSet<Guid>(), new HashSet<Guid> { proposal.DossierId });

        var error = Assert.Throws<PreconditionFailedException>(() => FundingAccess.RequireExpenseDeclarer(laureate, proposal));

        Assert.Equal(("GRANT_STATE", "grant"), (error.Violations[0].Type, error.Violations[0].Subject));
    }
}
