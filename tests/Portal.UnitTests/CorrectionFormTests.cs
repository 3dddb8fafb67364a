using Defis.Portal.Forms;
using Google.Protobuf.WellKnownTypes;

namespace Defis.Portal.UnitTests;

public sealed class CorrectionFormTests
{
    /// <summary>What Submission answers to no reason and a deadline already past.</summary>
    private const string Refused = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
            {"field":"reasons","description":"Indiquez au moins un motif, sans motif vide."},
            {"field":"correction_deadline","description":"La date limite de correction doit être future."}]}]}
        """;

    [Fact]
    public void Each_line_is_a_reason_trimmed_and_blank_lines_are_none()
    {
        var form = new CorrectionForm { Reasons = "  Budget : détaillez les prestations.\r\n\n   \nJoignez la lettre d'engagement signée. " };

        var local = new FormErrors();
        var request = form.ToRequest("d-1", local);

        Assert.Equal("d-1", request.DossierId);
        Assert.Equal(["Budget : détaillez les prestations.", "Joignez la lettre d'engagement signée."], request.Reasons);
        Assert.Null(request.CorrectionDeadline);
        Assert.False(local.Any);
    }

    [Theory]
    [InlineData("2027-03-27", "23:59", "2027-03-27T22:59:00Z")] // winter time (UTC+1) the evening before clocks go forward
    [InlineData("2027-03-28", "12:00", "2027-03-28T10:00:00Z")] // summer time (UTC+2) from that Sunday
    [InlineData("30/10/2027", "18h00", "2027-10-30T16:00:00Z")] // the day before clocks go back
    [InlineData("31/10/2027", "18:00", "2027-10-31T17:00:00Z")] // and that Sunday
    public void The_deadline_is_the_instant_paris_clocks_show(string day, string time, string utc)
    {
        var request = new CorrectionForm { Reasons = "x", DeadlineDate = day, DeadlineTime = time }.ToRequest("d-1", new FormErrors());

        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), request.CorrectionDeadline.ToDateTimeOffset());
    }

    [Fact]
    public void A_deadline_not_understood_is_said_at_its_input_and_sent_as_one_long_past_never_left_out()
    {
        var local = new FormErrors();

        var request = new CorrectionForm { Reasons = "x", DeadlineDate = "le 31 mars", DeadlineTime = "12:00" }.ToRequest("d-1", local);

        Assert.Equal(Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch), request.CorrectionDeadline);
        Assert.Equal([("Form_DeadlineDate", ParisInput.BadDate)], local.Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void Over_a_deadline_not_understood_the_form_s_word_stands_alone_and_the_platform_s_others_are_kept()
    {
        var local = new FormErrors();
        new CorrectionForm { Reasons = "", DeadlineDate = "2027-03-31", DeadlineTime = "midi" }.ToRequest("d-1", local);

        var errors = FormErrors.FromRefusalBesides(Refused, CorrectionForm.Fields, CorrectionForm.FormId, local);

        Assert.Equal([("Form_Reasons", "Indiquez au moins un motif, sans motif vide."), ("Form_DeadlineTime", ParisInput.BadTime)],
            errors.Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void A_deadline_the_platform_refuses_is_said_at_its_day()
    {
        var errors = FormErrors.FromRefusalBesides(Refused, CorrectionForm.Fields, CorrectionForm.FormId, new FormErrors());

        Assert.Equal([("Form_Reasons", "Indiquez au moins un motif, sans motif vide."), ("Form_DeadlineDate", "La date limite de correction doit être future.")],
            errors.Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void A_refusal_naming_no_field_is_said_once_on_the_form()
    {
        var errors = FormErrors.FromRefusalBesides("""{"code":9,"message":"Impossible de renvoyer pour correction : le dossier est Retenu."}""",
            CorrectionForm.Fields, CorrectionForm.FormId, new FormErrors());

        Assert.Equal([(CorrectionForm.FormId, "Impossible de renvoyer pour correction : le dossier est Retenu.")], errors.Summary.Select(e => (e.Input, e.Message)));
    }
}
