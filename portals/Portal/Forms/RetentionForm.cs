using Defis.Contracts.Submission.V1;

namespace Defis.Portal.Forms;

/// <summary>
/// How many months after a call's closing its dossiers no duty keeps are kept before their personal data is purged
/// (decision 0032), typed as a whole number; its bounds are the platform's to say.
/// </summary>
public sealed class RetentionForm
{
    public const string FormId = "formulaire-conservation";

    /// <summary>The platform refuses anything under 12 months: a number not understood sends 0.</summary>
    internal const int StandIn = 0;

    public const string NoMonths = "Indiquez la durée de conservation, en mois.";
    public const string BadMonths = "Indiquez un nombre entier de mois, par exemple 24.";

    public string? Months { get; set; }

    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Conservation_Months", "retentionMonths", "Durée de conservation"),
    ];

    /// <summary>The request, with the form's own problem (a number it cannot read) in <paramref name="local"/>.</summary>
    public ChangeRetentionRequest ToRequest(string code, FormErrors local) => new()
    {
        Code = code,
        RetentionMonths = WholeNumber.Read(Months, Fields[0], NoMonths, BadMonths, StandIn, local),
    };

    /// <summary>A refusal's body as the form's errors, after the form's own; a call closed meanwhile is said on the form.</summary>
    public static FormErrors Refusal(string? body, FormErrors local) => FormErrors.FromRefusalBesides(body, Fields, FormId, local);
}
