using Defis.SharedKernel.Errors;

namespace Defis.Funding.Domain;

/// <summary>One line of a payment schedule: a share of the grant in basis points (5000 = 50 %) and what triggers it.</summary>
public sealed record TrancheTerm(int ShareBasisPoints, TrancheTrigger Trigger, string? Milestone = null)
{
    public const int WholeGrant = 10_000;
    public const int MaxTranches = 24;
    public const int MilestoneMaxLength = 100;

    /// <summary>The usual schedule: half at commitment, half when <paramref name="milestone"/> is validated.</summary>
    public static IReadOnlyList<TrancheTerm> HalfNowHalfAt(string milestone) =>
        [new(5_000, TrancheTrigger.AtCommitment), new(5_000, TrancheTrigger.Milestone, milestone)];

    public static IReadOnlyList<TrancheTerm> AllAtCommitment { get; } = [new(WholeGrant, TrancheTrigger.AtCommitment)];

    /// <summary>Shares are positive and sum to exactly 100 %; a milestone tranche names its milestone.</summary>
    public static void Validate(IReadOnlyList<TrancheTerm> schedule)
    {
        var violations = new FieldViolations();
        if (schedule.Count is 0 or > MaxTranches)
        {
            violations.Add("schedule", $"L'échéancier doit compter entre 1 et {MaxTranches} tranches.");
        }
        for (var i = 0; i < schedule.Count; i++)
        {
            ValidateTerm(violations, $"schedule[{i}]", schedule[i]);
        }
        var total = schedule.Sum(t => (long)t.ShareBasisPoints);
        if (schedule.Count > 0 && total != WholeGrant)
        {
            violations.Add("schedule", $"Les tranches doivent totaliser 100 % de la dotation (ici {total / 100},{total % 100:00} %).");
        }
        violations.ThrowIfAny();
    }

    private static void ValidateTerm(FieldViolations violations, string field, TrancheTerm term)
    {
        if (term.ShareBasisPoints <= 0)
        {
            violations.Add($"{field}.share", "La part d'une tranche doit être positive.");
        }
        violations.KnownEnum($"{field}.trigger", term.Trigger);
        if (term.Trigger == TrancheTrigger.Milestone)
        {
            violations.RequiredText($"{field}.milestone", term.Milestone, MilestoneMaxLength);
        }
    }
}
