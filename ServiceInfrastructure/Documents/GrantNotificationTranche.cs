using static Defis.SharedKernel.Text.FrenchTypography;

namespace Defis.ServiceInfrastructure.Documents;

/// <summary>
/// One line of a grant notification's schedule. <paramref name="Trigger"/> is named as Funding's events name it
/// (AtCommitment, Milestone, Manual); <paramref name="PaidAt"/> is set once the tranche is paid.
/// </summary>
public sealed record GrantNotificationTranche(int Number, long AmountCents, int ShareBasisPoints, string Trigger, string? Milestone, DateTimeOffset? PaidAt)
{
    /// <summary>
    /// What makes it payable, in words; null for a trigger this version does not know (a newer producer's), which a
    /// notification must not guess.
    /// </summary>
    public string? When => Trigger switch
    {
        "AtCommitment" => "à l’engagement",
        "Milestone" => $"à la validation du jalon {Quoted(Milestone ?? "")}",
        "Manual" => "sur décision de l’équipe financière",
        _ => null,
    };
}
