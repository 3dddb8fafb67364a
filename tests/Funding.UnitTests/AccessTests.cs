using Defis.Funding.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.UnitTests;

public sealed class AccessTests
{
    private static readonly Scenario Programme = Scenario.CartesBlanches();
    private static readonly Grant OwnGrant = Programme.Committed(Phase.Incubation);
    private static readonly Guid OtherProgramme = Guid.CreateVersion7();

    private static FundingCaller Caller(string who) => who switch
    {
        "finance" => new("f", FundingRoles.FinanceOfficer, new HashSet<Guid>(), new HashSet<Guid>()),
        "staff" => new("s", FundingRoles.ProgrammeStaff, new HashSet<Guid>(), new HashSet<Guid>()),
        "partner" => new("p", FundingRoles.MinistryPartner, new HashSet<Guid> { Programme.ProgrammeId }, new HashSet<Guid>()),
        "other-partner" => new("q", FundingRoles.MinistryPartner, new HashSet<Guid> { OtherProgramme }, new HashSet<Guid>()),
        "laureate" => new("l", FundingRoles.Laureate, new HashSet<Guid>(), new HashSet<Guid> { OwnGrant.DossierId }),
        "other-laureate" => new("m", FundingRoles.Laureate, new HashSet<Guid>(), new HashSet<Guid> { Guid.CreateVersion7() }),
        "partner-not-laureate" => new("n", FundingRoles.None, new HashSet<Guid> { Programme.ProgrammeId }, new HashSet<Guid> { OwnGrant.DossierId }),
        "co-editor" => new("c", FundingRoles.Laureate, new HashSet<Guid>(), new HashSet<Guid>()) { CoEditedDossiers = new HashSet<Guid> { OwnGrant.DossierId } },
        "co-editor-elsewhere" => new("d", FundingRoles.Laureate, new HashSet<Guid>(), new HashSet<Guid>()) { CoEditedDossiers = new HashSet<Guid> { Guid.CreateVersion7() } },
        "co-editor-not-applicant" => new("e", FundingRoles.None, new HashSet<Guid>(), new HashSet<Guid>()) { CoEditedDossiers = new HashSet<Guid> { OwnGrant.DossierId } },
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    [Theory]
    // caller, moves money, reads programme, reads the grant, declares expenses
    [InlineData("finance", true, true, true, false)]
    [InlineData("staff", false, true, true, false)]
    [InlineData("partner", false, true, true, false)]
    [InlineData("other-partner", false, false, false, false)]
    [InlineData("laureate", false, false, true, true)]
    [InlineData("other-laureate", false, false, false, false)]
    [InlineData("partner-not-laureate", false, false, false, false)]
    [InlineData("co-editor", false, false, true, false)]
    [InlineData("co-editor-elsewhere", false, false, false, false)]
    [InlineData("co-editor-not-applicant", false, false, false, false)]
    public void Each_role_gets_exactly_its_rights(string who, bool movesMoney, bool readsProgramme, bool readsGrant, bool declares)
    {
        var caller = Caller(who);
        Assert.Equal(
            (movesMoney, readsProgramme, readsGrant, declares),
            (FundingAccess.CanMoveMoney(caller), FundingAccess.CanReadProgramme(caller, Programme.ProgrammeId),
             FundingAccess.CanReadGrant(caller, OwnGrant), FundingAccess.CanDeclareExpense(caller, OwnGrant)));
    }

    [Fact]
    public void An_unknown_grant_and_an_invisible_one_read_the_same()
    {
        var missing = Assert.Throws<NotFoundException>(() => FundingAccess.RequireVisibleGrant(Caller("finance"), Guid.CreateVersion7(), null));
        var hidden = Assert.Throws<NotFoundException>(() => FundingAccess.RequireVisibleGrant(Caller("other-laureate"), OwnGrant.Id, OwnGrant));
        Assert.StartsWith("Dotation", missing.Message);
        Assert.StartsWith("Dotation", hidden.Message);
        Assert.Same(OwnGrant, FundingAccess.RequireVisibleGrant(Caller("laureate"), OwnGrant.Id, OwnGrant));
    }

    [Fact]
    public void A_laureate_lists_their_teams_dossiers_only_narrowed_to_none_by_someone_elses()
    {
        var own = OwnGrant.DossierId;
        var elsewhere = Guid.CreateVersion7();

        Assert.Equal([own], FundingAccess.TeamDossiersListed(Caller("laureate"), null));
        Assert.Equal([own], FundingAccess.TeamDossiersListed(Caller("laureate"), own));
        Assert.Empty(FundingAccess.TeamDossiersListed(Caller("laureate"), elsewhere));
        Assert.Empty(FundingAccess.TeamDossiersListed(Caller("other-laureate"), own));
        Assert.Equal([own], FundingAccess.TeamDossiersListed(Caller("co-editor"), null));
        Assert.Equal([own], FundingAccess.TeamDossiersListed(Caller("co-editor"), own));
        Assert.Empty(FundingAccess.TeamDossiersListed(Caller("co-editor-elsewhere"), own));
        // Owning or co-editing is not enough without being served as a laureate (an applicant).
        Assert.Empty(FundingAccess.TeamDossiersListed(Caller("partner-not-laureate"), null));
        Assert.Empty(FundingAccess.TeamDossiersListed(Caller("co-editor-not-applicant"), null));
        Assert.Empty(FundingAccess.TeamDossiersListed(Caller("finance"), own));
    }

    [Fact]
    public void A_laureate_leading_one_dossier_and_co_editing_another_lists_both()
    {
        var coEdited = Guid.CreateVersion7();
        var both = Caller("laureate") with { CoEditedDossiers = new HashSet<Guid> { coEdited } };

        Assert.Equal(new HashSet<Guid> { OwnGrant.DossierId, coEdited }, FundingAccess.TeamDossiersListed(both, null).ToHashSet());
        Assert.Equal([coEdited], FundingAccess.TeamDossiersListed(both, coEdited));
    }

    [Fact]
    public void A_co_editor_reads_the_grant_but_its_lead_alone_declares_expenses()
    {
        Assert.Same(OwnGrant, FundingAccess.RequireVisibleGrant(Caller("co-editor"), OwnGrant.Id, OwnGrant));
        var denied = Assert.Throws<PermissionDeniedException>(() => FundingAccess.RequireExpenseDeclarer(Caller("co-editor"), OwnGrant));
        Assert.Contains("porteur", denied.Message);
    }

    [Fact]
    public void Acting_without_the_right_is_denied()
    {
        Assert.Throws<PermissionDeniedException>(() => FundingAccess.RequireMoneyMover(Caller("staff")));
        Assert.Throws<PermissionDeniedException>(() => FundingAccess.RequireExpenseDeclarer(Caller("finance"), OwnGrant));
        FundingAccess.RequireMoneyMover(Caller("finance"));
        FundingAccess.RequireExpenseDeclarer(Caller("laureate"), OwnGrant);
    }
}
