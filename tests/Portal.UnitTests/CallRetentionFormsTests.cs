using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

/// <summary>Staff's forms on a call's page: the retention of its dossiers and its archiving.</summary>
public sealed class CallRetentionFormsTests
{
    private const string Code = "CB21";

    /// <summary>What Submission answers to a retention outside 12–60 (ProgrammeTermsCheck.CheckRetention).</summary>
    private static string OutOfRange(int months) => $$"""
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
            {"field":"retention_months","description":"Durée de conservation des dossiers entre 12 et 60 mois après la clôture (reçu : {{months}})."}]}]}
        """;

    /// <summary>What Submission answers once the call is closed (Programme.ChangeRetention): a state refusal, naming no field.</summary>
    private const string Closed = """
        {"code":9,"message":"L'appel CB21 est clos : la durée de conservation de ses dossiers ne change plus.","details":[
          {"@type":"type.googleapis.com/google.rpc.PreconditionFailure","violations":[{"type":"PROGRAMME_CLOSED","subject":"CB21","description":"L'appel CB21 est clos : la durée de conservation de ses dossiers ne change plus."}]}]}
        """;

    [Theory]
    [InlineData("11", 11)]
    [InlineData("12", 12)]
    [InlineData(" 24 ", 24)]
    [InlineData("60", 60)]
    [InlineData("61", 61)]
    [InlineData("0", 0)]
    public void Months_are_sent_as_typed_their_bounds_being_the_platform_s(string typed, int sent)
    {
        var local = new FormErrors();

        var request = new RetentionForm { Months = typed }.ToRequest(Code, local);

        Assert.False(local.Any);
        Assert.Equal((Code, sent), (request.Code, request.RetentionMonths));
    }

    [Theory]
    [InlineData("deux ans", RetentionForm.BadMonths)]
    [InlineData("24,5", RetentionForm.BadMonths)]
    [InlineData("24 mois", RetentionForm.BadMonths)]
    [InlineData("99999999999", RetentionForm.BadMonths)]
    [InlineData(null, RetentionForm.NoMonths)]
    [InlineData("  ", RetentionForm.NoMonths)]
    public void Months_it_cannot_read_are_its_own_problem_and_a_stand_in_the_platform_refuses_is_sent(string? typed, string message)
    {
        var local = new FormErrors();

        var request = new RetentionForm { Months = typed }.ToRequest(Code, local);

        Assert.Equal(RetentionForm.StandIn, request.RetentionMonths);
        Assert.True(request.RetentionMonths < 12);
        var errors = RetentionForm.Refusal(OutOfRange(0), local);
        Assert.Equal([("Conservation_Months", "Durée de conservation", message)], errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(61)]
    public void The_platform_s_word_on_months_out_of_range_is_said_at_the_months(int months)
    {
        var errors = RetentionForm.Refusal(OutOfRange(months), new FormErrors());

        Assert.Equal([("Conservation_Months", $"Durée de conservation des dossiers entre 12 et 60 mois après la clôture (reçu : {months}).")],
            errors.Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void A_call_closed_meanwhile_is_said_once_on_the_retention_s_form()
    {
        var errors = RetentionForm.Refusal(Closed, new FormErrors());

        Assert.Equal([(RetentionForm.FormId, FormErrors.FormLabel, "L'appel CB21 est clos : la durée de conservation de ses dossiers ne change plus.")],
            errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void A_confirmed_archiving_is_sent()
    {
        var errors = new FormErrors();

        var request = new ArchiveForm { Confirmed = true }.ToRequest(Code, errors);

        Assert.False(errors.Any);
        Assert.Equal(Code, request?.Code);
    }

    [Fact]
    public void An_unconfirmed_archiving_is_never_sent_and_the_form_asks_for_the_confirmation()
    {
        var local = new FormErrors();

        var request = new ArchiveForm { Confirmed = false }.ToRequest(Code, local);

        Assert.Null(request);
        Assert.Equal([("Archivage_Confirmation", "Confirmation de l'archivage", ArchiveForm.NotConfirmed)],
            ArchiveForm.Unsent(local).Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void A_call_still_open_is_said_once_on_the_archiving_s_form()
    {
        const string open = """{"code":9,"message":"Seul un appel clos peut être archivé."}""";

        var errors = ArchiveForm.Refusal(open);

        Assert.Equal([(ArchiveForm.FormId, "Seul un appel clos peut être archivé.")], errors.Summary.Select(e => (e.Input, e.Message)));
    }
}
