using Defis.Contracts.Correspondence.V1;
using Defis.Portal.Forms;
using Microsoft.AspNetCore.Http;

namespace Defis.Portal.UnitTests;

public sealed class CorrespondenceFormsTests
{
    private static FormErrors Refused(string body, IReadOnlyList<FormField> fields, string formId) => FormErrors.FromRefusal(body, fields, formId);

    private static string Violations(params (string Field, string Description)[] violations) =>
        $$"""{"code":3,"message":"Requête invalide","details":[{"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{{string.Join(",",
            violations.Select(v => $$"""{"field":"{{v.Field}}","description":"{{v.Description}}"}"""))}}]}]}""";

    [Fact]
    public void A_message_is_sent_trimmed_with_the_pieces_ticked_once_each_then_the_new_file()
    {
        var form = new MessageForm { Body = "  Voici le budget.  ", Pieces = ["p-1", "", "p-2", "p-1"] };

        var request = form.ToRequest("d-1", new Attachment { Id = "p-3" });

        Assert.Equal(("d-1", "Voici le budget."), (request.DossierId, request.Body));
        Assert.Equal(["p-1", "p-2", "p-3"], request.AttachmentIds);
        Assert.Equal(["p-1", "p-2"], form.ToRequest("d-1", new Attachment { Id = "p-2" }).AttachmentIds);
        Assert.Empty(new MessageForm().ToRequest("d-1", null).AttachmentIds);
        Assert.Equal("", new MessageForm().ToRequest("d-1", null).Body);
    }

    [Fact]
    public void A_message_refused_after_its_file_was_stored_shows_that_file_ticked_among_the_pieces()
    {
        var form = new MessageForm { Body = "", Pieces = ["p-1"] };

        var again = form.Keeping(new Attachment { Id = "p-9" });

        Assert.Equal(["p-1", "p-9"], again.Pieces);
        Assert.Equal("", again.Body);
        Assert.Same(form, form.Keeping(null));
        Assert.Same(form, form.Keeping(new Attachment { Id = "p-1" }));
    }

    [Fact]
    public void Each_word_of_the_platform_on_a_message_lands_at_its_input()
    {
        var errors = Refused(Violations(("body", "Le message est vide."), ("attachmentIds[1]", "Pièce jointe introuvable dans ce dossier."),
            ("file", "Le fichier est vide."), ("filename", "Le nom du fichier contient un chemin.")), MessageForm.Fields, MessageForm.FormId);

        Assert.Equal(
            [("Message_Body", "Le message est vide."), (MessageForm.PiecesInput, "Pièce jointe introuvable dans ce dossier."),
                ("Message_Fichier", "Le fichier est vide."), ("Message_Fichier", "Le nom du fichier contient un chemin.")],
            errors.Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void An_upload_s_refusal_is_said_at_the_file_input_it_came_from()
    {
        var errors = Refused(Violations(("file", "Le fichier dépasse la taille maximale de 20 Mo.")), AttachmentFields.At("Piece_Fichier"), "formulaire-piece");

        Assert.Equal([("Piece_Fichier", AttachmentFields.Label, "Le fichier dépasse la taille maximale de 20 Mo.")],
            errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void A_file_input_left_empty_is_no_file_but_an_empty_file_with_a_name_is_one()
    {
        Assert.False(AttachmentFields.IsChosen(null));
        Assert.False(AttachmentFields.IsChosen(File(0, "")));
        Assert.True(AttachmentFields.IsChosen(File(0, "vide.pdf")));
        Assert.True(AttachmentFields.IsChosen(File(1, "")));
    }

    private static FormFile File(long length, string name) => new(Stream.Null, 0, length, "fichier", name);

    [Fact]
    public void A_call_message_keeps_its_sending_id_across_a_refusal_and_a_new_form_draws_one()
    {
        var shown = new CallMessageForm().WithSendingId();
        Assert.True(Guid.TryParse(shown.RequestId, out _));
        Assert.NotEqual(shown.RequestId, new CallMessageForm().WithSendingId().RequestId);

        var sentBack = new CallMessageForm { Body = " Report au 15 janvier. ", RequestId = shown.RequestId };
        Assert.Same(sentBack, sentBack.WithSendingId());

        var request = sentBack.ToRequest("CB21");
        Assert.Equal(("CB21", "Report au 15 janvier.", shown.RequestId), (request.ProgrammeCode, request.Body, request.RequestId));
        Assert.Equal(("", ""), (new CallMessageForm().ToRequest("CB21").Body, new CallMessageForm().ToRequest("CB21").RequestId));
        Assert.Equal("Report", new CallMessageForm { Body = "Report" }.WithSendingId().Body);
    }

    [Fact]
    public void A_call_message_s_and_a_note_s_refusals_land_at_their_text()
    {
        var body = Violations(("body", "Le message est trop long."));

        Assert.Equal(["Annonce_Body"], CallMessageForm.Refusal(body).Summary.Select(e => e.Input));
        Assert.Equal(["Note_Body"], Refused(body, AnnotationForm.Fields, AnnotationForm.FormId).Summary.Select(e => e.Input));
        Assert.Equal(("d-1", "Appeler le porteur."), (new AnnotationForm { Body = " Appeler le porteur. " }.ToRequest("d-1").DossierId,
            new AnnotationForm { Body = " Appeler le porteur. " }.ToRequest("d-1").Body));
        Assert.Equal("", new AnnotationForm().ToRequest("d-1").Body);
    }

    [Fact]
    public void A_message_s_new_text_is_sent_trimmed_and_its_refusals_land_on_that_message_s_form()
    {
        var form = new MessageEditForm { MessageId = "m-2", Body = "  Texte corrigé.  " };

        Assert.Equal(("m-2", "Texte corrigé."), (form.ToRequest().MessageId, form.ToRequest().Body));
        Assert.Equal(("", ""), (new MessageEditForm().ToRequest().MessageId, new MessageEditForm().ToRequest().Body));
        Assert.True(form.IsFor(new Message { Id = "m-2" }));
        Assert.False(form.IsFor(new Message { Id = "m-1" }));
        Assert.False(new MessageEditForm().IsFor(new Message { Id = "m-1" }));

        Assert.Equal([("Modification_m-2", "Ce champ est obligatoire.")],
            form.Refusal(Violations(("body", "Ce champ est obligatoire."))).Summary.Select(e => (e.Input, e.Message)));
        Assert.Equal([("formulaire-modification-m-2", "Ce message a déjà été lu : il ne peut plus être modifié.")],
            form.Refusal("""{"code":9,"message":"Ce message a déjà été lu : il ne peut plus être modifié."}""").Summary.Select(e => (e.Input, e.Message)));
    }
}
