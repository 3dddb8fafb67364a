using Defis.Jury.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Jury.UnitTests;

public sealed class DecisionTests
{
    private readonly Panel _panel = TestData.Panel(TestData.Member("a"));
    private readonly ConflictRegister _conflicts = TestData.Conflicts();
    private readonly DossierProfile[] _dossiers = [TestData.Dossier(3), TestData.Dossier(1), TestData.Dossier(2)];

    private PhaseDecision Open(SelectionQuota? quota = null) =>
        PhaseDecision.Open(_panel, TestData.PresidentActor, _dossiers, quota ?? SelectionQuota.None, TestData.Now);

    private void Select(PhaseDecision decision, DossierProfile dossier, long cents = 2_500_000) =>
        decision.Select(_panel, TestData.PresidentActor, dossier, "Défi majeur, équipe solide.", cents, _conflicts, TestData.Now);

    [Fact]
    public void The_president_stages_then_releases_every_outcome_in_one_act()
    {
        var decision = Open(new SelectionQuota(1, 2));
        Select(decision, _dossiers[0]);
        Select(decision, _dossiers[2], 1_000_000);
        Select(decision, _dossiers[2], 2_000_000); // restaged: replaces

        var release = decision.ReleaseAll(_panel, TestData.PresidentActor, TestData.Now.AddDays(1));

        Assert.Equal(
        [
            new DecisionOutcome(_dossiers[1].Id, "CB21-0001", DecisionOutcomeKind.NotSelected, null, null),
            new DecisionOutcome(_dossiers[2].Id, "CB21-0002", DecisionOutcomeKind.Selected, "Défi majeur, équipe solide.", 2_000_000),
            new DecisionOutcome(_dossiers[0].Id, "CB21-0003", DecisionOutcomeKind.Selected, "Défi majeur, équipe solide.", 2_500_000),
        ], release.Outcomes);
        Assert.Equal((DecisionStatus.Released, "president", TestData.Now.AddDays(1)), (decision.Status, release.ReleasedBy, release.ReleasedAt));
        Assert.Equal(release.Outcomes, decision.Release!.Outcomes);
        Assert.Equal(AuditAction.DecisionReleased, decision.PendingAudit[^1].Action);
        var euros = 25_000m.ToString("#,##0.00 €", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")); // narrow no-break space between thousands
        Assert.Contains(euros, decision.PendingAudit.Single(e => e.Action == AuditAction.SelectionStaged && e.DossierId == _dossiers[0].Id).Detail);
    }

    [Fact]
    public void A_released_decision_is_immutable_and_corrected_by_a_linked_new_one()
    {
        var decision = Open();
        Select(decision, _dossiers[0]);
        decision.ReleaseAll(_panel, TestData.PresidentActor, TestData.Now);

        Assert.Equal("DECISION_RELEASED", Assert.Single(Assert.Throws<PreconditionFailedException>(() => Select(decision, _dossiers[1])).Violations).Type);
        Assert.Throws<PreconditionFailedException>(() => decision.Deselect(_panel, TestData.PresidentActor, _dossiers[0].Id, TestData.Now));
        Assert.Throws<PreconditionFailedException>(() => decision.ReleaseAll(_panel, TestData.PresidentActor, TestData.Now));
        Assert.Equal("reason", Assert.Single(Assert.Throws<RequestValidationException>(() =>
            PhaseDecision.Correct(decision, _panel, TestData.PresidentActor, "", TestData.Now)).Violations).Field);

        var correction = PhaseDecision.Correct(decision, _panel, TestData.PresidentActor, "Dossier CB21-0003 inéligible.", TestData.Now);
        correction.Deselect(_panel, TestData.PresidentActor, _dossiers[0].Id, TestData.Now);
        Select(correction, _dossiers[1]);
        var release = correction.ReleaseAll(_panel, TestData.PresidentActor, TestData.Now);

        Assert.Equal(decision.Id, release.CorrectsDecisionId);
        Assert.Equal([DecisionOutcomeKind.Selected, DecisionOutcomeKind.NotSelected, DecisionOutcomeKind.NotSelected], release.Outcomes.Select(o => o.Outcome));
        Assert.Equal(DecisionOutcomeKind.Selected, decision.Release!.Outcomes.Single(o => o.DossierId == _dossiers[0].Id).Outcome);
        Assert.Equal("DECISION_NOT_RELEASED", Assert.Single(Assert.Throws<PreconditionFailedException>(() =>
            PhaseDecision.Correct(Open(), _panel, TestData.PresidentActor, "x", TestData.Now)).Violations).Type);
    }

    [Fact]
    public void A_correction_announces_only_the_outcomes_it_changed()
    {
        var decision = Open();
        Select(decision, _dossiers[0]);
        Select(decision, _dossiers[2]);
        var first = decision.ReleaseAll(_panel, TestData.PresidentActor, TestData.Now);
        var correction = PhaseDecision.Correct(decision, _panel, TestData.PresidentActor, "Dossier CB21-0003 inéligible.", TestData.Now);
        correction.Deselect(_panel, TestData.PresidentActor, _dossiers[0].Id, TestData.Now);
        Select(correction, _dossiers[1]);
        Select(correction, _dossiers[2], 1_000_000); // still selected, other amount: not an outcome change

        var corrected = correction.ReleaseAll(_panel, TestData.PresidentActor, TestData.Now.AddDays(1));

        Assert.Equal(first.Outcomes, first.ChangedSince(null));
        Assert.Equal(
            [(_dossiers[1].Id, DecisionOutcomeKind.Selected), (_dossiers[0].Id, DecisionOutcomeKind.NotSelected)],
            corrected.ChangedSince(first).Select(o => (o.DossierId, o.Outcome)));
        Assert.Throws<ArgumentException>(() => first.ChangedSince(corrected));
    }

    [Fact]
    public void Each_correction_in_a_chain_is_one_revision_higher_so_consumers_can_order_outcomes()
    {
        var decision = Open();
        Select(decision, _dossiers[0]);
        var first = decision.ReleaseAll(_panel, TestData.PresidentActor, TestData.Now);
        var correction = PhaseDecision.Correct(decision, _panel, TestData.PresidentActor, "Dossier CB21-0001 inéligible.", TestData.Now);
        correction.Deselect(_panel, TestData.PresidentActor, _dossiers[0].Id, TestData.Now);
        var second = correction.ReleaseAll(_panel, TestData.PresidentActor, TestData.Now);
        var again = PhaseDecision.Correct(correction, _panel, TestData.PresidentActor, "Recours admis.", TestData.Now);
        Select(again, _dossiers[0]);
        var third = again.ReleaseAll(_panel, TestData.PresidentActor, TestData.Now);

        Assert.Equal([1, 2, 3], new[] { first, second, third }.Select(r => r.Revision));
        Assert.Equal(2, correction.Revision);
    }

    [Theory]
    [InlineData(3, 3, 2)]
    [InlineData(null, 1, 2)]
    [InlineData(3, null, 2)]
    public void A_release_outside_the_quota_is_refused(int? minimum, int? maximum, int selected)
    {
        var decision = Open(new SelectionQuota(minimum, maximum));
        foreach (var dossier in _dossiers.Take(selected))
        {
            Select(decision, dossier);
        }

        var error = Assert.Throws<PreconditionFailedException>(() => decision.ReleaseAll(_panel, TestData.PresidentActor, TestData.Now));

        Assert.Equal("QUOTA", Assert.Single(error.Violations).Type);
        Assert.Equal(DecisionStatus.Draft, decision.Status);
    }

    [Fact]
    public void Only_the_president_decides()
    {
        Assert.Throws<PermissionDeniedException>(() => PhaseDecision.Open(_panel, new Actor("a"), _dossiers, SelectionQuota.None, TestData.Now));
        Assert.Throws<PermissionDeniedException>(() => PhaseDecision.Open(_panel, TestData.Staff, _dossiers, SelectionQuota.None, TestData.Now));
        var decision = Open();
        Assert.Throws<PermissionDeniedException>(() =>
            decision.Select(_panel, new Actor("a"), _dossiers[0], "Motif.", 0, _conflicts, TestData.Now));
        Assert.Throws<PermissionDeniedException>(() => decision.ReleaseAll(_panel, new Actor("a"), TestData.Now));
    }

    public static TheoryData<string?, long, string> BadSelections => new()
    {
        { "", 100, "rationale" },
        { new string('r', 4001), 100, "rationale" },
        { "Motif.", -1, "recommended_grant_cents" },
        { "Motif.", 1_000_000_001, "recommended_grant_cents" },
    };

    [Theory]
    [MemberData(nameof(BadSelections))]
    public void Bad_selections_name_the_field(string? rationale, long cents, string field)
    {
        var decision = Open();

        var error = Assert.Throws<RequestValidationException>(() =>
            decision.Select(_panel, TestData.PresidentActor, _dossiers[0], rationale, cents, _conflicts, TestData.Now));

        Assert.Equal(field, Assert.Single(error.Violations).Field);
    }

    [Fact]
    public void Only_candidates_may_be_selected_and_never_by_a_conflicted_president()
    {
        var decision = Open();
        var conflicted = TestData.Dossier(1, lead: "Inspection générale de l'administration");

        Assert.Equal("NOT_A_CANDIDATE", Assert.Single(Assert.Throws<PreconditionFailedException>(() => Select(decision, TestData.Dossier(9))).Violations).Type);
        Assert.Throws<NotFoundException>(() => Select(decision, conflicted));
        Assert.Throws<RequestValidationException>(() => PhaseDecision.Open(_panel, TestData.PresidentActor, [], SelectionQuota.None, TestData.Now));
        Assert.Equal("quota", Assert.Single(Assert.Throws<RequestValidationException>(() => Open(new SelectionQuota(5, 3))).Violations).Field);
    }
}
