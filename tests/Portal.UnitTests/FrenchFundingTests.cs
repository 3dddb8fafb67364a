using Defis.Contracts.Funding.V1;
using Defis.Portal.Display;
using Google.Protobuf.WellKnownTypes;

namespace Defis.Portal.UnitTests;

public sealed class FrenchFundingTests
{
    [Theory]
    [InlineData(GrantStatus.Proposed, "Proposée")]
    [InlineData(GrantStatus.Committed, "Engagée")]
    [InlineData(GrantStatus.Adjusted, "Engagée (montant ajusté)")]
    [InlineData(GrantStatus.Cancelled, "Annulée")]
    [InlineData(GrantStatus.Unspecified, "Inconnu")]
    public void A_grant_s_status_reads_in_French(GrantStatus status, string shown) =>
        Assert.Equal(shown, French.GrantStatus(status));

    [Theory]
    [InlineData(GrantStatus.Proposed, "fr-badge--new")]
    [InlineData(GrantStatus.Committed, "fr-badge--success")]
    [InlineData(GrantStatus.Adjusted, "fr-badge--success")]
    [InlineData(GrantStatus.Cancelled, "fr-badge--error")]
    [InlineData(GrantStatus.Unspecified, "fr-badge--info")]
    public void A_grant_s_badge_says_its_state_by_colour_too(GrantStatus status, string badge) =>
        Assert.Equal(badge, French.GrantStatusBadge(status));

    [Theory]
    [InlineData(TrancheStatus.Scheduled, "À verser")]
    [InlineData(TrancheStatus.Released, "Versée")]
    [InlineData(TrancheStatus.Cancelled, "Annulée")]
    [InlineData(TrancheStatus.Unspecified, "Inconnu")]
    public void A_tranche_s_status_reads_in_French(TrancheStatus status, string shown) =>
        Assert.Equal(shown, French.TrancheStatus(status));

    [Theory]
    [InlineData(TrancheTrigger.AtCommitment, "", "À l'engagement")]
    [InlineData(TrancheTrigger.Milestone, "Premières permanences", "À la validation du jalon « Premières permanences »")]
    [InlineData(TrancheTrigger.Manual, "", "Sur décision de l'équipe financière")]
    [InlineData(TrancheTrigger.Unspecified, "", "Non précisé")]
    public void A_tranche_s_trigger_names_its_milestone(TrancheTrigger trigger, string milestone, string shown) =>
        Assert.Equal(shown, French.Trigger(new Tranche { Trigger = trigger, Milestone = milestone }));

    [Theory]
    [InlineData(5_000, "50 %")]
    [InlineData(10_000, "100 %")]
    [InlineData(3_334, "33,34 %")]
    [InlineData(1_250, "12,5 %")]
    [InlineData(1, "0,01 %")]
    public void A_share_reads_as_a_French_percentage(int basisPoints, string shown) =>
        Assert.Equal(shown, French.Share(basisPoints));

    [Theory]
    [InlineData(Phase.Exploration, "Exploration")]
    [InlineData(Phase.Incubation, "Incubation")]
    [InlineData(Phase.Experimentation, "Expérimentation")]
    [InlineData(Phase.Unspecified, "Phase non précisée")]
    public void A_grant_s_phase_reads_in_French(Phase phase, string shown) =>
        Assert.Equal(shown, French.FundingPhase(phase));

    [Theory]
    [InlineData(0, 20_000_000, "0 € sur 200 000 €")]
    [InlineData(10_000_000, 20_000_000, "100 000 € sur 200 000 €")]
    [InlineData(1_250_050, 2_500_100, "12 500,50 € sur 25 001 €")]
    public void What_is_paid_reads_against_the_grant_s_amount(long released, long amount, string shown) =>
        Assert.Equal(shown, Plain(French.ReleasedOf(new Grant { ReleasedCents = released, AmountCents = amount })));

    [Theory]
    [InlineData(5_000_000, 2_000, "50 000 €, soit 20 % du financement du projet")]
    [InlineData(1_000_050, 3_334, "10 000,50 €, soit 33,34 % du financement du projet")]
    [InlineData(0, 0, "Aucun autofinancement déclaré")]
    public void The_team_s_own_share_reads_as_an_amount_and_a_percentage(long selfFinancing, int shareBasisPoints, string shown) =>
        Assert.Equal(shown, Plain(French.SelfFinancing(new Grant { SelfFinancingCents = selfFinancing, SelfFinancingShareBasisPoints = shareBasisPoints })));

    [Theory]
    [InlineData(GrantStatus.Proposed, false, "l'équipe financière doit encore engager ce montant")]
    [InlineData(GrantStatus.Committed, false, "La subvention est engagée : chaque tranche est versée")]
    [InlineData(GrantStatus.Adjusted, false, "La subvention est engagée")]
    [InlineData(GrantStatus.Committed, true, "aucune tranche n'est versée tant que l'équipe financière n'a pas revu la subvention")]
    [InlineData(GrantStatus.Cancelled, true, "La subvention est annulée")]
    [InlineData(GrantStatus.Unspecified, false, "n'est pas connu")]
    public void The_laureate_reads_what_the_grant_s_state_means_for_them(GrantStatus status, bool selectionWithdrawn, string said) =>
        Assert.Contains(said, French.GrantMeaning(new Grant { Status = status, SelectionWithdrawn = selectionWithdrawn }), StringComparison.Ordinal);

    [Fact]
    public void A_tranche_s_payment_day_is_shown_in_Paris_only_once_paid()
    {
        var paidAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero));

        Assert.Equal("—", French.PaidOn(new Tranche { Status = TrancheStatus.Scheduled, ReleasedAt = paidAt }));
        Assert.StartsWith("jeudi 2 juillet 2026", French.PaidOn(new Tranche { Status = TrancheStatus.Released, ReleasedAt = paidAt }), StringComparison.Ordinal);
    }

    /// <summary>French groups thousands with a narrow no-break space and puts a no-break space before €: compared as plain spaces.</summary>
    private static string Plain(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
