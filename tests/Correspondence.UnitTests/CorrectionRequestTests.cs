using Defis.Correspondence.Domain.Threads;

namespace Defis.Correspondence.UnitTests;

/// <summary>The message a correction request posts on the thread.</summary>
public sealed class CorrectionRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_reasons_one_a_line_then_the_deadline_in_paris_time()
    {
        var text = CorrectionRequest.Text([" Le budget est incomplet. ", "Signez l'acte."], new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal("""
            Votre dossier vous est renvoyé pour corrections :
            - Le budget est incomplet.
            - Signez l'acte.
            À corriger avant le mercredi 1 juillet 2026 à 12:00.
            Pour toute question, répondez sur ce fil.
            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void Without_a_deadline_no_deadline_line()
    {
        Assert.Equal("Votre dossier vous est renvoyé pour corrections :\n- A\nPour toute question, répondez sur ce fil.", CorrectionRequest.Text(["A"], null));
    }

    [Fact]
    public void A_text_longer_than_a_message_is_cut_with_an_ellipsis()
    {
        var text = CorrectionRequest.Text([new string('x', Message.MaxBodyLength)], null);

        Assert.Equal(Message.MaxBodyLength, text.Length);
        Assert.EndsWith("x…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_of_exactly_a_message_is_kept_whole()
    {
        var fixedPart = CorrectionRequest.Text([""], null).Length;
        var text = CorrectionRequest.Text([new string('x', Message.MaxBodyLength - fixedPart)], null);

        Assert.Equal(Message.MaxBodyLength, text.Length);
        Assert.EndsWith("fil.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_is_staffs_by_the_programme_without_files()
    {
        var id = Guid.CreateVersion7();
        var dossierId = Guid.CreateVersion7();

        var message = CorrectionRequest.Post(id, dossierId, ["A"], null, Now);

        Assert.Equal((id, dossierId, CorrectionRequest.Author, true, Now), (message.Id, message.DossierId, message.AuthorId, message.ByStaff, message.PostedAt));
        Assert.Empty(message.AttachmentIds);
        Assert.StartsWith("Votre dossier", message.Body, StringComparison.Ordinal);
    }
}

/// <summary>The ids of a sending to every team of a call.</summary>
public sealed class CallMessageTests
{
    private static readonly Guid Request = Guid.Parse("0192f3a4-0000-7000-8000-000000000001");
    private static readonly Guid Dossier = Guid.Parse("0192f3a4-0000-7000-8000-000000000002");

    [Fact]
    public void The_same_request_and_dossier_always_give_the_same_id()
    {
        Assert.Equal(CallMessage.IdFor(Request, Dossier), CallMessage.IdFor(Request, Dossier));
    }

    [Fact]
    public void Another_dossier_or_another_request_gives_another_id()
    {
        var id = CallMessage.IdFor(Request, Dossier);

        Assert.NotEqual(id, CallMessage.IdFor(Request, Request));
        Assert.NotEqual(id, CallMessage.IdFor(Dossier, Dossier));
        Assert.NotEqual(id, CallMessage.IdFor(Dossier, Request));
    }

    [Fact]
    public void The_id_is_a_version_8_uuid_of_the_rfc_variant()
    {
        var id = CallMessage.IdFor(Request, Dossier).ToString();

        Assert.Equal('8', id[14]);
        Assert.Contains(id[19], "89ab");
    }
}
