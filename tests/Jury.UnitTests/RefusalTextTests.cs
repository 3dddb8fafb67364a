using Defis.Jury.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Jury.UnitTests;

/// <summary>What the jury's refusals tell a programme team: each one names the value it got and the rule it broke.</summary>
public sealed class RefusalTextTests
{
    private static IReadOnlyList<FieldViolation> Refused(Action validate) =>
        Assert.Throws<RequestValidationException>(validate).Violations;

    [Fact]
    public void A_quota_says_which_bound_is_wrong_and_what_it_received()
    {
        Assert.Equal(
            [new FieldViolation("quota.minimum", "Le minimum ne peut pas être négatif (reçu : -1)."),
             new FieldViolation("quota.maximum", "Le maximum doit être au moins 1 (reçu : -2)."),
             new FieldViolation("quota", "Le minimum (-1) dépasse le maximum (-2).")],
            Refused(() => new SelectionQuota(-1, -2).Validate()));
    }

    [Fact]
    public void An_assignment_policy_says_its_limits_and_what_it_received()
    {
        Assert.Equal(
            [new FieldViolation("reviewers_per_dossier", "Le nombre de rapporteurs par dossier doit être compris entre 1 et 20 (reçu : 21)."),
             new FieldViolation("max_per_juror", "Le nombre maximal de dossiers par juré doit être au moins 1 (reçu : 0).")],
            Refused(() => new AssignmentPolicy(21, 0).Validate()));
    }

    [Fact]
    public void Only_programme_staff_configure_and_the_service_acts_as_staff_under_its_own_name()
    {
        var refused = Assert.Throws<PermissionDeniedException>(() => new Actor("jure-1").EnsureProgrammeStaff());

        Assert.Equal("Action réservée à l'équipe du programme.", refused.Message);
        Assert.Equal(new Actor("system:jury", IsProgrammeStaff: true), Actor.JuryService);
        Actor.JuryService.EnsureProgrammeStaff();
    }

    [Fact]
    public void A_zero_denominator_is_refused_with_a_reason() =>
        Assert.Equal("A rational needs a non-zero denominator.", Assert.Throws<DivideByZeroException>(() => new Rational(1, 0)).Message);
}
