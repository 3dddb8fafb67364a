using Defis.Contracts.Accompaniment.V1;

namespace Defis.Portal.Forms;

/// <summary>A coach adds a milestone to a plan: what the team must reach and the Paris day it is due.</summary>
public sealed class MilestoneForm
{
    public const string FormId = "formulaire-ajout-jalon";

    public string? Title { get; set; }

    public string? Due { get; set; }

    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Jalon_Title", "title", "Intitulé du jalon"),
        new("Jalon_Due", "due", "Échéance"),
    ];

    /// <summary>
    /// The request, with the form's own problem (a day it cannot read) in <paramref name="local"/>. Such a day is left out,
    /// which the platform refuses whatever else the request says: it still names a bad title, so the coach hears of
    /// every problem at once, and nothing is added.
    /// </summary>
    public AddMilestoneRequest ToRequest(string planId, FormErrors local) => new()
    {
        PlanId = planId,
        Title = Title?.Trim() ?? "",
        Due = ParisInput.Day(Due, Fields[1], local),
    };

    /// <summary>A refusal's body as the form's errors, after the form's own (<see cref="FormErrors.FromRefusalBesides"/>).</summary>
    public static FormErrors Refusal(string? body, FormErrors local) => FormErrors.FromRefusalBesides(body, Fields, FormId, local);
}
