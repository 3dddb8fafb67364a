using Defis.Contracts.Jury.V1;

namespace Defis.Portal.Forms;

/// <summary>The phase of a call whose panel staff create.</summary>
public sealed class PanelForm
{
    public const string FormId = "formulaire-jury";

    public Phase Phase { get; set; }

    public static readonly IReadOnlyList<FormField> Fields = [new("Jury_Phase", "phase", "Phase")];

    public CreatePanelRequest ToRequest(string programmeCode) => new() { ProgrammeCode = programmeCode, Phase = Phase };

    /// <summary>
    /// A refusal as the form's errors. The call already having a panel for this phase (409) names no field: it is about
    /// the phase chosen, so it is said there.
    /// </summary>
    public static FormErrors Refusal(string? body, bool alreadyExists) => alreadyExists && FieldProblem.Summary(body) is { } message
        ? FormErrors.Map([new FieldProblem("phase", message)], Fields, FormId, FormErrors.FormLabel)
        : FormErrors.FromRefusal(body, Fields, FormId);
}
