using Defis.Contracts.Accompaniment.V1;

namespace Defis.Portal.Forms;

/// <summary>
/// A check-in of the laureate team: what moved since the last one, what may go wrong, what help it asks for. Only the
/// progress is required; empty risks or help mean « none ».
/// </summary>
public sealed class CheckInForm
{
    public const string FormId = "formulaire-point-etape";

    public string? Progress { get; set; }

    public string? Risks { get; set; }

    public string? HelpNeeded { get; set; }

    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("PointEtape_Progress", "progress", "Avancement depuis le dernier point d'étape"),
        new("PointEtape_Risks", "risks", "Risques"),
        new("PointEtape_HelpNeeded", "helpNeeded", "Aide souhaitée"),
    ];

    /// <summary>Texts are sent trimmed, empty ones empty: that the progress is required, and how long each may be, is the platform's to say.</summary>
    public RecordCheckInRequest ToRequest(string planId) => new()
    {
        PlanId = planId,
        Progress = Progress?.Trim() ?? "",
        Risks = Risks?.Trim() ?? "",
        HelpNeeded = HelpNeeded?.Trim() ?? "",
    };

    /// <summary>The platform's refusal, each text's problem at its input; a plan no longer running once on the form.</summary>
    public static FormErrors Refusal(string? body) => FormErrors.FromRefusal(body, Fields, FormId);
}
