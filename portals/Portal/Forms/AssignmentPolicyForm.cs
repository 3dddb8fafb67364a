using Defis.Contracts.Jury.V1;

namespace Defis.Portal.Forms;

/// <summary>How a panel's dossiers are shared out: reviewers per dossier and the most one juror reviews, typed as whole numbers.</summary>
public sealed class AssignmentPolicyForm
{
    public const string FormId = "formulaire-affectation";

    /// <summary>Both numbers are at least 1 for the platform: a number not understood sends 0, which it always refuses.</summary>
    internal const int StandIn = 0;

    public const string NoReviewers = "Indiquez le nombre de rapporteurs par dossier.";
    public const string BadReviewers = "Indiquez un nombre entier de rapporteurs, par exemple 2.";
    public const string NoMaximum = "Indiquez le nombre maximal de dossiers par juré.";
    public const string BadMaximum = "Indiquez un nombre entier de dossiers, par exemple 10.";

    public string? ReviewersPerDossier { get; set; }

    public string? MaxPerJuror { get; set; }

    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Affectation_ReviewersPerDossier", "reviewersPerDossier", "Rapporteurs par dossier"),
        new("Affectation_MaxPerJuror", "maxPerJuror", "Dossiers au plus par juré"),
    ];

    /// <summary>The request, with the form's own problems (a number it cannot read) in <paramref name="local"/>.</summary>
    public ConfigureAssignmentsRequest ToRequest(string panelId, FormErrors local) => new()
    {
        PanelId = panelId,
        ReviewersPerDossier = WholeNumber.Read(ReviewersPerDossier, Fields[0], NoReviewers, BadReviewers, StandIn, local),
        MaxPerJuror = WholeNumber.Read(MaxPerJuror, Fields[1], NoMaximum, BadMaximum, StandIn, local),
    };

    /// <summary>A refusal's body as the form's errors, after the form's own (<see cref="FormErrors.FromRefusalBesides"/>).</summary>
    public static FormErrors Refusal(string? body, FormErrors local) => FormErrors.FromRefusalBesides(body, Fields, FormId, local);
}
