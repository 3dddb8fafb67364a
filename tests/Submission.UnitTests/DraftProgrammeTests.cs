using Defis.SharedKernel.Errors;
using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

/// <summary>Staff correct a call's terms, or delete it, while it is a draft; once published it is neither.</summary>
public sealed class DraftProgrammeTests
{
    private static readonly ProgrammeTerms Terms = ReferenceProgrammes.CoConstruction2021;

    /// <summary>Every term changed but the code, the phases cut to the application phase alone.</summary>
    private static readonly ProgrammeTerms Corrected = Terms with
    {
        Title = "Appel à défis 2021, corrigé",
        Description = "Le calendrier est repoussé d'une semaine.",
        OpensAt = Terms.OpensAt.AddDays(7),
        ClosesAt = Terms.ClosesAt.AddDays(7),
        Phases = [Terms.PhaseOf(Phase.Experimentation)!],
        EnvelopeCents = 250_000_000,
        Themes = ["Relation aux usagers"],
        DecisionDueDays = null,
        RetentionMonths = 36,
    };

    public static TheoryData<string> PastDraft => ["published", "published, its closing passed", "closed", "archived"];

    [Fact]
    public void A_draft_s_terms_are_replaced_entirely()
    {
        var draft = Programme.Draft(Terms, "ditp-1", TestData.During2021Call);

        draft.Revise(Corrected);

        Assert.Same(Corrected, draft.Terms);
        Assert.Equal((ProgrammeStatus.Draft, "CB21"), (draft.Status, draft.Code));
        Assert.Equal((Corrected.OpensAt, Corrected.ClosesAt, 36), (draft.OpensAt, draft.ClosesAt, draft.RetentionMonths));
    }

    [Fact]
    public void A_draft_is_revised_up_to_its_publication_and_not_after()
    {
        var draft = Programme.Draft(Terms, "ditp-1", TestData.During2021Call);
        draft.Revise(Corrected);
        draft.Publish(Corrected.OpensAt);

        var refusal = Assert.Throws<PreconditionFailedException>(() => draft.Revise(Terms));

        Assert.Equal(("PROGRAMME_NOT_DRAFT", "L'appel CB21 a été publié : ses conditions ne changent plus."), (refusal.Violations.Single().Type, refusal.Message));
        Assert.Same(Corrected, draft.Terms);
    }

    [Theory]
    [MemberData(nameof(PastDraft))]
    public void A_call_past_its_draft_keeps_its_terms_and_is_not_deleted(string state)
    {
        var call = InState(state);
        var terms = call.Terms;

        Assert.Equal("PROGRAMME_NOT_DRAFT", Assert.Throws<PreconditionFailedException>(() => call.Revise(Corrected)).Violations.Single().Type);
        var refusal = Assert.Throws<PreconditionFailedException>(call.EnsureDeletable);

        Assert.Equal(("PROGRAMME_NOT_DRAFT", "L'appel CB21 a été publié : il ne peut plus être supprimé, seulement archivé une fois clos."),
            (refusal.Violations.Single().Type, refusal.Message));
        Assert.Same(terms, call.Terms);
    }

    [Fact]
    public void A_draft_may_be_deleted_and_its_publication_ends_that()
    {
        var draft = Programme.Draft(Terms, "ditp-1", TestData.During2021Call);
        draft.EnsureDeletable();

        draft.Publish(Terms.ClosesAt);

        Assert.Throws<PreconditionFailedException>(draft.EnsureDeletable);
    }

    [Theory]
    [InlineData("CB22")]
    [InlineData("cb21")]
    [InlineData("CB21 ")]
    [InlineData("")]
    public void Terms_of_another_code_are_refused_naming_the_code_whatever_the_call_s_state(string code)
    {
        var draft = Programme.Draft(Terms, "ditp-1", TestData.During2021Call);
        var published = TestData.Call2021;

        var fromDraft = Assert.Throws<RequestValidationException>(() => draft.Revise(Corrected with { Code = code }));
        var fromPublished = Assert.Throws<RequestValidationException>(() => published.Revise(Corrected with { Code = code }));

        Assert.Equal("code", Assert.Single(fromDraft.Violations).Field);
        Assert.Equal("Le code d'un appel ne change pas : ces conditions sont celles de l'appel CB21.", fromDraft.Violations[0].Description);
        Assert.Equal("code", Assert.Single(fromPublished.Violations).Field);
        Assert.Same(Terms, draft.Terms);
    }

    [Fact]
    public void Revised_terms_are_checked_as_a_new_call_s_are_and_every_bad_field_is_named()
    {
        var draft = Programme.Draft(Terms, "ditp-1", TestData.During2021Call);
        var bad = Corrected with
        {
            Title = " ",
            ClosesAt = Corrected.OpensAt,
            Phases = [Corrected.Phases[0] with { MinGrantCents = 2, MaxGrantCents = 1 }],
            Themes = [],
        };

        var revised = Assert.Throws<RequestValidationException>(() => draft.Revise(bad));
        var created = Assert.Throws<RequestValidationException>(() => Programme.Draft(bad, "ditp-1", TestData.During2021Call));

        Assert.Equal(["title", "closes_at", "phases[0].max_grant_cents", "themes"], revised.Violations.Select(v => v.Field));
        Assert.Equal(created.Violations, revised.Violations);
        Assert.Same(Terms, draft.Terms);
    }

    private static Programme InState(string state)
    {
        var call = TestData.Call2021;
        switch (state)
        {
            case "published":
                break;
            case "published, its closing passed":
                Assert.Equal(ProgrammeStatus.Closed, call.StatusAt(Terms.ClosesAt.AddSeconds(1)));
                break;
            case "closed":
                call.Close(Terms.ClosesAt.AddSeconds(1));
                break;
            case "archived":
                call.Close(Terms.ClosesAt.AddSeconds(1));
                call.Archive();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state));
        }
        return call;
    }
}
