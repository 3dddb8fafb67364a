using Defis.Jury.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Jury.UnitTests;

public sealed class PanelTests
{
    public static TheoryData<PanelMember, string> BadMembers => new()
    {
        { new("", "Nom", "Org", MemberKind.Expert, PanelRole.Member), "user_id" },
        { new("u", " ", "Org", MemberKind.Expert, PanelRole.Member), "display_name" },
        { new("u", "Nom", "", MemberKind.Expert, PanelRole.Member), "organisation" },
        { new("u", "Nom", "Org", (MemberKind)0, PanelRole.Member), "kind" },
        { new("u", "Nom", "Org", MemberKind.PublicAgent, (PanelRole)7), "role" },
    };

    [Theory]
    [MemberData(nameof(BadMembers))]
    public void Bad_members_name_the_field(PanelMember member, string field)
    {
        var error = Assert.Throws<RequestValidationException>(() => TestData.Panel().AddMember(member, TestData.Staff, TestData.Now));

        Assert.Equal(field, Assert.Single(error.Violations).Field);
    }

    [Fact]
    public void A_panel_has_one_president_and_unique_members()
    {
        var panel = TestData.Panel(TestData.Member("a"));

        Assert.True(Assert.Throws<ConflictException>(() => panel.AddMember(TestData.Member("a"), TestData.Staff, TestData.Now)).AlreadyExists);
        Assert.Equal("PANEL_HAS_PRESIDENT", Assert.Single(Assert.Throws<PreconditionFailedException>(() =>
            panel.AddMember(TestData.Member("b", role: PanelRole.President), TestData.Staff, TestData.Now)).Violations).Type);
        Assert.Throws<PreconditionFailedException>(() => panel.ChangeRole("a", PanelRole.President, TestData.Staff, TestData.Now));

        panel.ChangeRole("president", PanelRole.Rapporteur, TestData.Staff, TestData.Now);
        panel.ChangeRole("a", PanelRole.President, TestData.Staff, TestData.Now);

        Assert.True(panel.IsPresident("a"));
        Assert.False(panel.IsPresident("president"));
        Assert.Throws<PermissionDeniedException>(() => panel.AddMember(TestData.Member("c"), new Actor("a"), TestData.Now));
    }
}
