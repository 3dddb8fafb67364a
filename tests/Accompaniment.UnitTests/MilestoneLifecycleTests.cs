using Defis.Accompaniment.Domain.Milestones;
using Defis.Accompaniment.Domain.Plans;
using Defis.SharedKernel.Errors;
using static Defis.Accompaniment.UnitTests.Programme;

namespace Defis.Accompaniment.UnitTests;

public sealed class MilestoneLifecycleTests
{
    private static readonly DateTimeOffset During = new(2019, 3, 8, 15, 0, 0, TimeSpan.FromHours(1));

    private readonly SupportPlan _plan = Incubation();

    private Milestone KickOff => _plan.Milestones[0];

    [Fact]
    public void Evidence_submitted_by_the_team_and_validated_by_the_coach_yields_the_outcome_funding_waits_for()
    {
        _plan.StartMilestone(KickOff.Id, AsTeam(During));
        Assert.Equal(MilestoneStatus.InProgress, KickOff.Status);
        _plan.SubmitEvidence(KickOff.Id, "Compte rendu de la réunion", "https://pad.example.fr/lancement", AsTeam(During));
        Assert.Equal(MilestoneStatus.Submitted, KickOff.Status);

        var validated = _plan.ValidateMilestone(KickOff.Id, AsCoach(_plan, During.AddDays(1)));

        Assert.Equal((_plan.ProgrammeId, _plan.DossierId, Phase.Incubation, "Réunion de lancement tenue"),
            (validated.ProgrammeId, validated.DossierId, validated.Phase, validated.Title));
        Assert.Equal((MilestoneStatus.Validated, "coach-d", During.AddDays(1)), (KickOff.Status, KickOff.ValidatedBy, KickOff.ValidatedAt));
        Assert.Equal(new Uri("https://pad.example.fr/lancement"), KickOff.Evidence!.Link);
    }

    [Theory]
    [InlineData("ftp://depot.example.fr/rapport.pdf")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("www.example.fr/rapport")]
    [InlineData("mailto:coach@example.fr")]
    public void An_evidence_link_must_be_http_or_https(string link)
    {
        var refused = Assert.Throws<RequestValidationException>(() => _plan.SubmitEvidence(KickOff.Id, null, link, AsTeam(During)));

        var violation = Assert.Single(refused.Violations);
        Assert.Equal(("evidence.link", "Le lien doit être une adresse web complète commençant par http:// ou https://."), (violation.Field, violation.Description));
        Assert.Equal(MilestoneStatus.Planned, KickOff.Status);
    }

    [Fact]
    public void Evidence_needs_a_text_or_a_link()
    {
        var refused = Assert.Throws<RequestValidationException>(() => _plan.SubmitEvidence(KickOff.Id, "  ", "", AsTeam(During)));
        Assert.Equal("evidence", Assert.Single(refused.Violations).Field);
        _plan.SubmitEvidence(KickOff.Id, "Texte seul suffit", null, AsTeam(During));
        Assert.Equal(new Evidence("Texte seul suffit", null), KickOff.Evidence);
    }

    [Fact]
    public void Only_a_submitted_milestone_can_be_validated()
    {
        var refused = Assert.Throws<PreconditionFailedException>(() => _plan.ValidateMilestone(KickOff.Id, AsCoach(_plan, During)));

        var violation = Assert.Single(refused.Violations);
        Assert.Equal(("MILESTONE_STATE", "Seul un jalon remis peut être validé ; celui-ci est prévu."), (violation.Type, violation.Description));
        Assert.Equal(MilestoneStatus.Planned, KickOff.Status);
    }

    [Fact]
    public void Each_side_keeps_to_its_own_actions()
    {
        var coach = AsCoach(_plan, During);
        Assert.Throws<PermissionDeniedException>(() => _plan.SubmitEvidence(KickOff.Id, "par le coach", null, coach));
        Assert.Throws<PermissionDeniedException>(() => _plan.StartMilestone(KickOff.Id, By(Staff, During)));
        _plan.SubmitEvidence(KickOff.Id, "par l'équipe", null, AsTeam(During));
        var denied = Assert.Throws<PermissionDeniedException>(() => _plan.ValidateMilestone(KickOff.Id, AsTeam(During)));
        Assert.Equal("Seul un coach de ce plan d'accompagnement peut valider un jalon.", denied.Message);
        Assert.Throws<PermissionDeniedException>(() => _plan.ValidateMilestone(KickOff.Id, By(Coach("coach-a"), During)));
        Assert.Throws<PermissionDeniedException>(() => _plan.RecordCheckIn("ok", null, null, coach));
        Assert.Equal(MilestoneStatus.Submitted, KickOff.Status);
    }

    [Fact]
    public void Evidence_sent_back_after_the_due_day_makes_the_milestone_late_again()
    {
        _plan.SubmitEvidence(KickOff.Id, "Brouillon", null, AsTeam(During));
        var afterDue = new DateTimeOffset(2019, 3, 12, 9, 0, 0, TimeSpan.FromHours(1));
        var returned = _plan.ReturnMilestone(KickOff.Id, "Il manque la liste des participants.", AsCoach(_plan, afterDue));

        Assert.Equal((MilestoneStatus.Late, "Il manque la liste des participants."), (KickOff.Status, returned.Comment));
        _plan.SubmitEvidence(KickOff.Id, "Avec la liste", null, AsTeam(afterDue));
        Assert.Equal((MilestoneStatus.Submitted, (string?)null), (KickOff.Status, KickOff.Note));
    }

    [Fact]
    public void A_closed_milestone_takes_no_more_evidence()
    {
        _plan.WaiveMilestone(KickOff.Id, "Fusionné avec le jalon suivant", AsCoach(_plan, During));
        var refused = Assert.Throws<PreconditionFailedException>(() => _plan.SubmitEvidence(KickOff.Id, "trop tard", null, AsTeam(During)));
        Assert.Equal("Ce jalon est dispensé : il n'attend plus de justificatif.", refused.Message);
        Assert.Throws<PreconditionFailedException>(() => _plan.StartMilestone(KickOff.Id, AsTeam(During)));
    }
}
