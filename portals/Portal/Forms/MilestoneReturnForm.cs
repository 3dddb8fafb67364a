using Defis.Contracts.Accompaniment.V1;

namespace Defis.Portal.Forms;

/// <summary>A coach sends evidence back to the team, saying what is missing.</summary>
public sealed class MilestoneReturnForm
{
    public string? Comment { get; set; }

    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Retour_Comment", "comment", "Ce qui manque au justificatif"),
    ];

    public ReturnMilestoneRequest ToRequest(string planId, string milestoneId) => new()
    {
        PlanId = planId,
        MilestoneId = milestoneId,
        Comment = Comment?.Trim() ?? "",
    };
}
