using System.Globalization;
using Defis.Contracts.Jury.V1;

namespace Defis.Portal.Forms;

/// <summary>
/// The president opens a decision over the ranked dossiers, with how many of them it must select: a minimum, a
/// maximum, both (« exactement 1 » is 1 and 1) or neither.
/// </summary>
public sealed class DecisionOpeningForm
{
    public const string FormId = "formulaire-ouverture";

    public string? Minimum { get; set; }

    public string? Maximum { get; set; }

    /// <summary>"quota" itself (a minimum above the maximum) lands on the minimum, the first input inside it.</summary>
    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Form_Minimum", "quota.minimum", "Nombre minimum de dossiers retenus"),
        new("Form_Maximum", "quota.maximum", "Nombre maximum de dossiers retenus"),
    ];

    /// <summary>
    /// The request, or null with the form's own problem (a count that is not a whole number) in
    /// <paramref name="errors"/>. A signed count is sent as typed: its bounds are the platform's to state.
    /// </summary>
    public OpenDecisionRequest? ToRequest(string panelId, IEnumerable<string> candidateDossierIds, FormErrors errors)
    {
        var quota = new SelectionQuota();
        if (Count(Minimum, Fields[0], errors) is { } minimum)
        {
            quota.Minimum = minimum;
        }
        if (Count(Maximum, Fields[1], errors) is { } maximum)
        {
            quota.Maximum = maximum;
        }
        return errors.Any ? null : new OpenDecisionRequest { PanelId = panelId, CandidateDossierIds = { candidateDossierIds }, Quota = quota };
    }

    private static int? Count(string? typed, FormField field, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }
        if (int.TryParse(typed.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }
        errors.Add(field.Input, field.Label, "Saisissez un nombre entier de dossiers, ou laissez vide pour ne pas fixer de limite.");
        return null;
    }
}
