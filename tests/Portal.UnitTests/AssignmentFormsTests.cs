using Defis.Contracts.Jury.V1;
using Defis.Portal.Forms;
using Google.Protobuf.WellKnownTypes;

namespace Defis.Portal.UnitTests;

/// <summary>The assignment book's forms: the batch, one reviewer added by hand, one replaced; what is sent and where refusals are said.</summary>
public sealed class AssignmentFormsTests
{
    private const string PanelId = "0190f3a0-0000-7000-8000-000000000001";
    private const string DossierId = "0190f3a0-0000-7000-8000-0000000000d1";

    /// <summary>What Jury answers to a dossier id left empty (RequestValues.PanelAndDossier).</summary>
    private const string NoDossier = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"dossier_id","description":"Ce champ est obligatoire."}]}]}
        """;

    /// <summary>What Jury answers to a reassignment without reason (PanelAssignments.Reassign).</summary>
    private const string NoReason = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"reason","description":"Ce champ est obligatoire."}]}]}
        """;

    /// <summary>What Jury answers when the juror chosen is at their maximum: a precondition, naming no field.</summary>
    private const string AtCapacity = """
        {"code":9,"message":"Jeanne Martin a atteint le maximum de 2 dossiers.","details":[
          {"@type":"type.googleapis.com/google.rpc.PreconditionFailure","violations":[{"type":"JUROR_AT_CAPACITY","subject":"demo-jure-1","description":"Jeanne Martin a atteint le maximum de 2 dossiers."}]}]}
        """;

    private static readonly Assignment[] Active =
    [
        new() { Id = "a1", DossierId = DossierId, DossierReference = "CB21-0001", JurorUserId = "demo-jure-1" },
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_batch_says_whether_staff_accept_dossiers_left_short(bool accept)
    {
        var request = new AssignBatchForm { AcceptShortfalls = accept }.ToRequest(PanelId);

        Assert.Equal((PanelId, accept), (request.PanelId, request.AcceptShortfalls));
    }

    [Fact]
    public void Dossiers_left_short_are_said_at_the_box_that_accepts_them()
    {
        const string shortfall = """
            {"code":9,"message":"CB21-0002 : 1 rapporteur sur 2 (jurés en conflit : demo-jure-2).","details":[
              {"@type":"type.googleapis.com/google.rpc.PreconditionFailure","violations":[{"type":"ASSIGNMENT_SHORTFALL","subject":"x","description":"CB21-0002 : 1 rapporteur sur 2 (jurés en conflit : demo-jure-2)."}]}]}
            """;

        var errors = AssignBatchForm.Refusal(shortfall);

        Assert.Equal([("Lancement_AcceptShortfalls", "Dossiers sans tous leurs rapporteurs", "CB21-0002 : 1 rapporteur sur 2 (jurés en conflit : demo-jure-2).")],
            errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void A_reviewer_is_sent_as_chosen()
    {
        var local = new FormErrors();

        var request = new ReviewerForm { DossierId = $" {DossierId} ", JurorUserId = " demo-jure-1 " }.ToRequest(PanelId, local);

        Assert.False(local.Any);
        Assert.Equal((PanelId, DossierId, "demo-jure-1"), (request?.PanelId, request?.DossierId, request?.JurorUserId));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void No_juror_with_a_dossier_sends_nothing_and_the_form_asks_for_the_juror(string? juror)
    {
        var local = new FormErrors();

        var request = new ReviewerForm { DossierId = DossierId, JurorUserId = juror }.ToRequest(PanelId, local);

        Assert.Null(request);
        Assert.Equal([("Rapporteur_JurorUserId", "Juré", ReviewerForm.NoJuror)], ReviewerForm.Unsent(local).Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void No_juror_and_no_dossier_is_sent_for_the_platform_to_name_the_dossier_and_both_problems_show_at_once()
    {
        var local = new FormErrors();

        var request = new ReviewerForm().ToRequest(PanelId, local);

        Assert.Equal(("", ""), (request?.DossierId, request?.JurorUserId));
        Assert.Equal([("Rapporteur_DossierId", "Ce champ est obligatoire."), ("Rapporteur_JurorUserId", ReviewerForm.NoJuror)],
            ReviewerForm.Refusal(NoDossier, local).Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void A_refusal_naming_no_field_is_said_at_the_juror()
    {
        const string already = """{"code":6,"message":"Jeanne Martin est déjà rapporteur du dossier CB21-0001."}""";

        var full = ReviewerForm.Refusal(AtCapacity, new FormErrors());
        var twice = ReviewerForm.Refusal(already, new FormErrors());

        Assert.Equal([("Rapporteur_JurorUserId", "Jeanne Martin a atteint le maximum de 2 dossiers.")], full.Summary.Select(e => (e.Input, e.Message)));
        Assert.Equal([("Rapporteur_JurorUserId", "Jeanne Martin est déjà rapporteur du dossier CB21-0001.")], twice.Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void A_replacement_sends_the_chosen_assignment_s_dossier_and_juror_with_the_newcomer_and_the_reason_trimmed()
    {
        var local = new FormErrors();

        var request = new ReassignmentForm { AssignmentId = "a1", ToJurorUserId = " demo-jure-2 ", Reason = " Indisponible. " }.ToRequest(PanelId, Active, local);

        Assert.False(local.Any);
        Assert.Equal((PanelId, DossierId, "demo-jure-1", "demo-jure-2", "Indisponible."),
            (request?.PanelId, request?.DossierId, request?.FromJurorUserId, request?.ToJurorUserId, request?.Reason));
    }

    [Theory]
    [InlineData(null, ReassignmentForm.NoAssignment)]
    [InlineData("", ReassignmentForm.NoAssignment)]
    [InlineData("a2", ReassignmentForm.GoneAssignment)]
    public void An_assignment_not_chosen_or_no_longer_active_sends_nothing_and_every_choice_missing_is_said(string? chosen, string message)
    {
        var local = new FormErrors();

        var request = new ReassignmentForm { AssignmentId = chosen, Reason = "" }.ToRequest(PanelId, Active, local);

        Assert.Null(request);
        Assert.Equal([("Remplacement_AssignmentId", "Affectation à remplacer", message), ("Remplacement_ToJurorUserId", "Nouveau juré", ReassignmentForm.NoJuror)],
            ReassignmentForm.Unsent(local).Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void No_newcomer_with_a_reason_sends_nothing()
    {
        var local = new FormErrors();

        var request = new ReassignmentForm { AssignmentId = "a1", Reason = "Indisponible." }.ToRequest(PanelId, Active, local);

        Assert.Null(request);
        Assert.Equal([("Remplacement_ToJurorUserId", ReassignmentForm.NoJuror)], ReassignmentForm.Unsent(local).Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void No_newcomer_and_no_reason_is_sent_for_the_platform_to_name_the_reason_and_both_problems_show_at_once()
    {
        var local = new FormErrors();

        var request = new ReassignmentForm { AssignmentId = "a1", Reason = "  " }.ToRequest(PanelId, Active, local);

        Assert.Equal(("", ""), (request?.ToJurorUserId, request?.Reason));
        Assert.Equal([("Remplacement_ToJurorUserId", ReassignmentForm.NoJuror), ("Remplacement_Reason", "Ce champ est obligatoire.")],
            ReassignmentForm.Refusal(NoReason, local).Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void A_withdrawn_assignment_is_no_choice_and_a_state_refusal_of_the_replacement_is_said_once_on_its_form()
    {
        var withdrawn = new Assignment { Id = "a1", DossierId = DossierId, JurorUserId = "demo-jure-1", WithdrawnAt = Timestamp.FromDateTime(DateTime.UnixEpoch) };
        var local = new FormErrors();
        new ReassignmentForm { AssignmentId = "a1", ToJurorUserId = "demo-jure-2", Reason = "x" }.ToRequest(PanelId, [withdrawn], local);

        var errors = ReassignmentForm.Refusal(AtCapacity, new FormErrors());

        Assert.Equal([ReassignmentForm.GoneAssignment], local.Summary.Select(e => e.Message));
        Assert.Equal([(ReassignmentForm.FormId, "Jeanne Martin a atteint le maximum de 2 dossiers.")], errors.Summary.Select(e => (e.Input, e.Message)));
    }
}
