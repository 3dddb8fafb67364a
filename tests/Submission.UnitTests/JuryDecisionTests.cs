using Defis.SharedKernel.Errors;
using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

/// <summary>Decisions arrive from the Jury service as events; funding is incremental, phase after phase.</summary>
public sealed class JuryDecisionTests
{
    private readonly Programme _call = TestData.Call2021;
    private readonly DateTimeOffset _now = TestData.During2021Call;

    private Dossier Submitted()
    {
        var dossier = TestData.Draft();
        dossier.Edit(TestData.Lead, TestData.Complete2021(), _call, _now);
        dossier.Submit(TestData.Lead, _call, _now.AddMinutes(1), "CB21-0001");
        return dossier;
    }

    [Fact]
    public void A_laureate_of_exploration_selected_for_incubation_moves_up_a_phase()
    {
        var dossier = Submitted();

        Assert.True(dossier.RecordJuryDecision(Phase.Exploration, selected: true, "president", _now.AddDays(30)));
        Assert.True(dossier.RecordJuryDecision(Phase.Incubation, selected: true, "president", _now.AddDays(90)));

        Assert.Equal(DossierStatus.Selected, dossier.Status);
        Assert.Equal(Phase.Incubation, dossier.SelectedPhase);
        Assert.Equal("Retenu pour la phase « incubation ».", dossier.History[^1].Reason);
    }

    [Fact]
    public void A_laureate_not_retained_for_a_later_phase_keeps_the_phase_it_won()
    {
        var dossier = Submitted();
        dossier.RecordJuryDecision(Phase.Exploration, selected: true, "president", _now.AddDays(30));

        Assert.True(dossier.RecordJuryDecision(Phase.Incubation, selected: false, "president", _now.AddDays(90)));

        Assert.Equal(DossierStatus.Selected, dossier.Status);
        Assert.Equal(Phase.Exploration, dossier.SelectedPhase);
        Assert.Contains("Non retenu", dossier.History[^1].Reason);
    }

    [Fact]
    public void A_dossier_not_selected_leaves_the_competition()
    {
        var dossier = Submitted();

        Assert.True(dossier.RecordJuryDecision(Phase.Exploration, selected: false, "president", _now.AddDays(30)));

        Assert.Equal(DossierStatus.NotSelected, dossier.Status);
        Assert.False(dossier.RecordJuryDecision(Phase.Incubation, selected: true, "president", _now.AddDays(90)));
        Assert.Equal(DossierStatus.NotSelected, dossier.Status);
    }

    [Fact]
    public void Stale_or_repeated_decisions_and_withdrawn_dossiers_change_nothing()
    {
        var dossier = Submitted();
        dossier.RecordJuryDecision(Phase.Incubation, selected: true, "president", _now.AddDays(30));
        var history = dossier.History.Count;

        Assert.False(dossier.RecordJuryDecision(Phase.Incubation, selected: true, "president", _now.AddDays(31)));
        Assert.False(dossier.RecordJuryDecision(Phase.Exploration, selected: false, "president", _now.AddDays(32)));
        Assert.Equal(history, dossier.History.Count);

        var withdrawn = Submitted();
        withdrawn.Withdraw(TestData.Lead, null, _now.AddDays(2));
        Assert.False(withdrawn.RecordJuryDecision(Phase.Exploration, selected: true, "president", _now.AddDays(30)));
        Assert.Equal(DossierStatus.Withdrawn, withdrawn.Status);
    }

    [Fact]
    public void A_correction_selects_a_dossier_first_not_selected()
    {
        var dossier = Submitted();
        dossier.RecordJuryDecision(Phase.Incubation, selected: false, "president", _now.AddDays(30));

        Assert.True(dossier.RecordJuryCorrection(Phase.Incubation, selected: true, "president", _now.AddDays(32)));

        Assert.Equal((DossierStatus.Selected, Phase.Incubation), (dossier.Status, dossier.SelectedPhase));
        Assert.Equal("Décision corrigée : retenu pour la phase « incubation ».", dossier.History[^1].Reason);
        Assert.False(dossier.RecordJuryCorrection(Phase.Incubation, selected: true, "president", _now.AddDays(33)));
    }

    [Fact]
    public void A_correction_taking_a_selection_back_returns_to_the_phase_held_before()
    {
        var laureate = Submitted();
        laureate.RecordJuryDecision(Phase.Exploration, selected: true, "president", _now.AddDays(30));
        laureate.RecordJuryDecision(Phase.Incubation, selected: true, "president", _now.AddDays(90));
        var firstTimer = Submitted();
        firstTimer.RecordJuryDecision(Phase.Incubation, selected: true, "president", _now.AddDays(90));

        Assert.True(laureate.RecordJuryCorrection(Phase.Incubation, selected: false, "president", _now.AddDays(91)));
        Assert.True(firstTimer.RecordJuryCorrection(Phase.Incubation, selected: false, "president", _now.AddDays(91)));

        Assert.Equal((DossierStatus.Selected, Phase.Exploration), (laureate.Status, laureate.SelectedPhase));
        Assert.Equal((DossierStatus.NotSelected, (Phase?)null), (firstTimer.Status, firstTimer.SelectedPhase));
        Assert.False(firstTimer.RecordJuryCorrection(Phase.Incubation, selected: false, "president", _now.AddDays(92)));
        var withdrawn = Submitted();
        withdrawn.Withdraw(TestData.Lead, null, _now.AddDays(2));
        Assert.False(withdrawn.RecordJuryCorrection(Phase.Incubation, selected: true, "president", _now.AddDays(30)));
    }

    [Fact]
    public void Every_change_raises_the_version_and_an_older_copy_is_refused()
    {
        var dossier = TestData.Draft();
        var read = dossier.Version;

        dossier.Edit(TestData.Lead, TestData.Complete2021(), _call, _now);

        Assert.Equal(read + 1, dossier.Version);
        dossier.EnsureVersion(null);
        dossier.EnsureVersion(dossier.Version);
        var error = Assert.Throws<ConflictException>(() => dossier.EnsureVersion(read));
        Assert.Contains("rechargez-le", error.Message);
    }
}
