using Defis.Contracts.Submission.V1;
using Defis.Portal.Display;
using Grant = Defis.Contracts.Funding.V1.Grant;
using GrantStatus = Defis.Contracts.Funding.V1.GrantStatus;
using Phase = Defis.SharedKernel.Phase;

namespace Defis.Portal.UnitTests;

/// <summary>
/// Which PDFs the dossier's page offers its team: only those the platform renders (the receipt once filed and not back
/// for correction, the letter of each decided phase, the notification of a committed grant), so no link leads to a refusal.
/// </summary>
public sealed class DossierDocumentsTests
{
    [Fact]
    public void A_draft_offers_nothing()
    {
        var documents = DossierDocuments.Of(Dossier(DossierStatus.Draft, "", (DossierStatus.Draft, "")));

        Assert.False(documents.Receipt);
        Assert.Empty(documents.Letters);
    }

    [Theory]
    [InlineData(DossierStatus.Submitted)]
    [InlineData(DossierStatus.UnderReview)]
    [InlineData(DossierStatus.Resubmitted)]
    [InlineData(DossierStatus.Selected)]
    [InlineData(DossierStatus.NotSelected)]
    [InlineData(DossierStatus.Withdrawn)]
    public void A_filed_dossier_offers_its_receipt(DossierStatus status)
    {
        var dossier = Dossier(status, "CB21-0042", (DossierStatus.Draft, ""), (DossierStatus.Submitted, ""), (status, ""));

        Assert.True(DossierDocuments.Of(dossier).Receipt);
    }

    [Fact]
    public void A_dossier_back_with_its_team_for_correction_has_no_receipt_until_filed_again()
    {
        var dossier = Dossier(DossierStatus.ReturnedForCorrection, "CB21-0042",
            (DossierStatus.Draft, ""), (DossierStatus.Submitted, ""), (DossierStatus.ReturnedForCorrection, "Budget incomplet"));

        Assert.False(DossierDocuments.Of(dossier).Receipt);
    }

    [Fact]
    public void A_draft_withdrawn_before_any_filing_has_no_receipt()
    {
        Assert.False(DossierDocuments.Of(Dossier(DossierStatus.Withdrawn, "", (DossierStatus.Draft, ""), (DossierStatus.Withdrawn, ""))).Receipt);
    }

    [Fact]
    public void Before_any_decision_there_is_no_letter()
    {
        var dossier = Dossier(DossierStatus.UnderReview, "CB21-0042", (DossierStatus.Draft, ""), (DossierStatus.Submitted, ""), (DossierStatus.UnderReview, ""));

        Assert.Empty(DossierDocuments.Of(dossier).Letters);
    }

    [Fact]
    public void Each_phase_the_jury_decided_has_its_letter_in_phase_order()
    {
        var dossier = Dossier(DossierStatus.Selected, "CB21-0042",
            (DossierStatus.Submitted, ""),
            (DossierStatus.Selected, "Retenu pour la phase « exploration »."),
            (DossierStatus.Selected, "Non retenu pour la phase « expérimentation »."),
            (DossierStatus.Selected, "Retenu pour la phase « incubation »."));
        dossier.SelectedPhase = Contracts.Submission.V1.Phase.Incubation;

        Assert.Equal([Phase.Exploration, Phase.Incubation, Phase.Experimentation], DossierDocuments.Of(dossier).Letters);
    }

    [Fact]
    public void A_corrected_decision_keeps_the_letter_of_its_phase()
    {
        var dossier = Dossier(DossierStatus.NotSelected, "CB21-0042",
            (DossierStatus.Submitted, ""),
            (DossierStatus.Selected, "Retenu pour la phase « incubation »."),
            (DossierStatus.NotSelected, "Décision corrigée : non retenu pour la phase « incubation »."));

        Assert.Equal([Phase.Incubation], DossierDocuments.Of(dossier).Letters);
    }

    [Fact]
    public void A_reason_outside_a_decision_names_no_letter()
    {
        var dossier = Dossier(DossierStatus.ReturnedForCorrection, "CB21-0042",
            (DossierStatus.Submitted, ""), (DossierStatus.ReturnedForCorrection, "Précisez le budget de la phase « incubation »."));

        Assert.Empty(DossierDocuments.Of(dossier).Letters);
    }

    [Theory]
    [InlineData(GrantStatus.Committed, true)]
    [InlineData(GrantStatus.Adjusted, true)]
    [InlineData(GrantStatus.Proposed, false)]
    [InlineData(GrantStatus.Cancelled, false)]
    public void Only_a_committed_grant_offers_its_notification(GrantStatus status, bool offered)
    {
        Assert.Equal(offered, DossierDocuments.HasNotification(new Grant { Status = status }));
    }

    [Fact]
    public void Letters_are_named_in_french_and_files_as_the_e_mails_attach_them()
    {
        var dossier = Dossier(DossierStatus.Selected, "CB21-0042");
        var grant = new Grant { Phase = Contracts.Funding.V1.Phase.Experimentation };

        Assert.Equal("Lettre de décision — phase Expérimentation", DossierDocuments.LetterLabel(Phase.Experimentation));
        Assert.Equal("recepisse-CB21-0042.pdf", DossierDocuments.ReceiptFileName(dossier));
        Assert.Equal("decision-CB21-0042-Incubation.pdf", DossierDocuments.LetterFileName(dossier, Phase.Incubation));
        Assert.Equal("notification-subvention-CB21-0042-Experimentation.pdf", DossierDocuments.NotificationFileName(dossier, grant));
    }

    private static Dossier Dossier(DossierStatus status, string reference, params (DossierStatus To, string Reason)[] history) => new()
    {
        Id = "d-1",
        Status = status,
        Reference = reference,
        History = { history.Select(h => new StatusChange { To = h.To, Reason = h.Reason }) },
    };
}
