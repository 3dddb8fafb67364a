using Defis.Contracts.Jury.V1;
using Defis.Portal.Display;
using Google.Protobuf.WellKnownTypes;

namespace Defis.Portal.UnitTests;

public sealed class FrenchPanelsTests
{
    [Fact]
    public void Every_choice_staff_make_has_a_french_label_and_the_unspecified_value_is_none()
    {
        Assert.Equal(Values<Phase>(), French.JuryPhases.Select(p => p.Value));
        Assert.Equal(Values<MemberKind>(), French.MemberKinds.Select(k => k.Value));
        Assert.Equal(Values<PanelRole>().Order(), French.PanelRoles.Select(r => r.Value).Order());
        Assert.Equal(Values<DefaultGrid>(), French.DefaultGrids.Select(g => g.Value));
        Assert.Equal("Personnalité qualifiée", French.Label(French.MemberKinds, MemberKind.Expert));
        Assert.Equal("Président ou présidente", French.Label(French.PanelRoles, PanelRole.President));
    }

    [Theory]
    [InlineData(0, "Aucun membre")]
    [InlineData(1, "1 membre")]
    [InlineData(3, "3 membres")]
    public void Members_are_counted_in_words(int count, string shown) => Assert.Equal(shown, French.Members(count));

    [Theory]
    [InlineData(0, 0, "L'affectation est lancée : chaque dossier avait déjà ses rapporteurs.")]
    [InlineData(1, 0, "L'affectation est lancée : 1 affectation créée.")]
    [InlineData(4, 0, "L'affectation est lancée : 4 affectations créées.")]
    [InlineData(3, 1, "L'affectation est lancée : 3 affectations créées ; 1 dossier n'a pas tous ses rapporteurs.")]
    [InlineData(0, 2, "L'affectation est lancée : aucune affectation créée ; 2 dossiers n'ont pas tous leurs rapporteurs.")]
    public void A_batch_says_what_it_did_in_words(int created, int shortfalls, string shown) =>
        Assert.Equal(shown, French.AssignmentBatch(created, shortfalls));

    [Fact]
    public void A_grid_says_its_version_and_whether_reviews_froze_it()
    {
        Assert.Equal("Non définie", French.GridVersion(null));
        Assert.Equal("Version 1", French.GridVersion(new Grid { Version = 1 }));
        Assert.Equal("Version 2, figée", French.GridVersion(new Grid { Version = 2, FrozenAt = Timestamp.FromDateTime(DateTime.UtcNow) }));
        Assert.Equal("Sur 5, commentaire obligatoire", French.Scale(new Criterion { ScaleMax = 5, CommentRequired = true }));
        Assert.Equal("Sur 3", French.Scale(new Criterion { ScaleMax = 3 }));
    }

    [Fact]
    public void An_assignment_policy_reads_as_a_sentence()
    {
        Assert.Equal("Non définies", French.AssignmentPolicy(null));
        Assert.Equal("2 rapporteurs par dossier, 10 dossiers au plus par juré", French.AssignmentPolicy(new AssignmentBook { ReviewersPerDossier = 2, MaxPerJuror = 10 }));
        Assert.Equal("1 rapporteur par dossier, 1 dossier au plus par juré", French.AssignmentPolicy(new AssignmentBook { ReviewersPerDossier = 1, MaxPerJuror = 1 }));
    }

    private static IEnumerable<T> Values<T>() where T : struct, System.Enum => System.Enum.GetValues<T>().Where(v => Convert.ToInt32(v) != 0);
}
