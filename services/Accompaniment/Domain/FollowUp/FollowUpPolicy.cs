using Defis.SharedKernel.Errors;

namespace Defis.Accompaniment.Domain.FollowUp;

/// <summary>When to remind: <paramref name="DueSoonDays"/> Paris days before a due date (0 = on the day itself).</summary>
public sealed record FollowUpPolicy(int DueSoonDays)
{
    public const int MaxDueSoonDays = 60;

    public static FollowUpPolicy Default { get; } = new(7);

    public static FollowUpPolicy Create(int dueSoonDays)
    {
        if (dueSoonDays is < 0 or > MaxDueSoonDays)
        {
            new FieldViolations().Add("due_soon_days", $"Le rappel se fait entre 0 et {MaxDueSoonDays} jours avant l'échéance.").ThrowIfAny();
        }
        return new(dueSoonDays);
    }
}
