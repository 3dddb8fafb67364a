using Defis.Contracts.Jury.V1;
using Defis.Portal.Display;

namespace Defis.Portal.UnitTests;

public sealed class FrenchTests
{
    [Theory]
    [InlineData(10_000_000, "100 000 €")]
    [InlineData(15_000_050, "150 000,50 €")]
    [InlineData(1, "0,01 €")]
    [InlineData(0, "0 €")]
    public void Euros_show_cents_only_when_there_are_some_and_then_both_digits(long cents, string shown) =>
        // Thousands are apart by the culture's own space (a narrow non-breaking one with current ICU data).
        Assert.Equal(shown.Replace(" 0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR").NumberFormat.NumberGroupSeparator + "0", StringComparison.Ordinal),
            French.Euros(cents));

    [Theory]
    [InlineData(null, null, "sans limite")]
    [InlineData(1, 1, "exactement 1 dossier")]
    [InlineData(2, 5, "de 2 à 5 dossiers")]
    [InlineData(0, null, "au moins 0 dossier")]
    [InlineData(null, 3, "au plus 3 dossiers")]
    public void A_quota_reads_as_a_sentence(int? minimum, int? maximum, string shown)
    {
        var quota = new SelectionQuota();
        if (minimum is { } min)
        {
            quota.Minimum = min;
        }
        if (maximum is { } max)
        {
            quota.Maximum = max;
        }
        Assert.Equal(shown, French.Quota(quota));
    }

    [Theory]
    [InlineData(DecisionStatus.Draft, DecisionOutcome.Selected, "Proposé")]
    [InlineData(DecisionStatus.Draft, DecisionOutcome.Unspecified, "Non proposé")]
    [InlineData(DecisionStatus.Released, DecisionOutcome.Selected, "Retenu")]
    [InlineData(DecisionStatus.Released, DecisionOutcome.NotSelected, "Non retenu")]
    public void A_staged_selection_is_only_proposed_until_the_decision_is_released(DecisionStatus status, DecisionOutcome outcome, string shown) =>
        Assert.Equal(shown, French.Outcome(new DecisionLine { Outcome = outcome }, status));

    [Fact]
    public void A_history_line_reads_from_one_status_to_the_next_and_the_first_as_the_creation()
    {
        Assert.Equal("Création → Brouillon", French.Transition(new Contracts.Submission.V1.StatusChange { To = Contracts.Submission.V1.DossierStatus.Draft }));
        Assert.Equal("À corriger → Redéposé", French.Transition(new Contracts.Submission.V1.StatusChange
        {
            From = Contracts.Submission.V1.DossierStatus.ReturnedForCorrection, To = Contracts.Submission.V1.DossierStatus.Resubmitted,
        }));
    }
}
