using Defis.Contracts.Accompaniment.V1;

namespace Defis.Portal.Forms;

/// <summary>What a laureate sends to prove a milestone is reached: a text, a link, or both.</summary>
public sealed class EvidenceForm
{
    public string? Text { get; set; }

    public string? Link { get; set; }

    /// <summary>"evidence" alone (neither text nor link) lands on the first input, the text, by <see cref="FormErrors.Map"/>.</summary>
    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Form_Text", "evidence.text", "Ce qui atteste le jalon"),
        new("Form_Link", "evidence.link", "Lien vers un document ou une démonstration"),
    ];

    public SubmitEvidenceRequest ToRequest(string planId, string milestoneId) => new()
    {
        PlanId = planId,
        MilestoneId = milestoneId,
        Evidence = new Evidence { Text = Text?.Trim() ?? "", Link = Link?.Trim() ?? "" },
    };
}
