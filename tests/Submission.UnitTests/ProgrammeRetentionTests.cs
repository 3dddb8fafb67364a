using Defis.SharedKernel.Errors;
using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

/// <summary>Staff set a call's retention until it closes (decision 0032).</summary>
public sealed class ProgrammeRetentionTests
{
    private static readonly DateTimeOffset ClosesAt = ReferenceProgrammes.CoConstruction2021.ClosesAt;

    [Fact]
    public void A_draft_or_open_call_takes_a_new_retention_up_to_its_closing_instant()
    {
        var draft = Programme.Draft(ReferenceProgrammes.CoConstruction2021, "ditp-1", TestData.During2021Call);
        draft.ChangeRetention(60, TestData.During2021Call);
        var open = TestData.Call2021;
        open.ChangeRetention(12, ClosesAt);

        Assert.Equal((60, 60), (draft.RetentionMonths, draft.Terms.RetentionMonths));
        Assert.Equal((12, 12), (open.RetentionMonths, open.Terms.RetentionMonths));
    }

    [Fact]
    public void A_closed_call_keeps_its_retention()
    {
        var call = TestData.Call2021;

        var refusal = Assert.Throws<PreconditionFailedException>(() => call.ChangeRetention(36, ClosesAt.AddTicks(1)));
        Assert.Equal(("PROGRAMME_CLOSED", "L'appel CB21 est clos : la durée de conservation de ses dossiers ne change plus."),
            (refusal.Violations.Single().Type, refusal.Message));
        call.Close(ClosesAt.AddSeconds(1));
        call.Archive();
        Assert.Throws<PreconditionFailedException>(() => call.ChangeRetention(36, TestData.During2021Call));
        Assert.Equal(24, call.RetentionMonths);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(61)]
    public void A_retention_out_of_bounds_is_refused_naming_the_field(int months)
    {
        var call = TestData.Call2021;

        var refusal = Assert.Throws<RequestValidationException>(() => call.ChangeRetention(months, TestData.During2021Call));
        var violation = Assert.Single(refusal.Violations);
        Assert.Equal("retention_months", violation.Field);
        Assert.Equal($"Durée de conservation des dossiers entre 12 et 60 mois après la clôture (reçu : {months}).", violation.Description);
        Assert.Equal(24, call.RetentionMonths);
    }
}
