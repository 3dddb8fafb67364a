using Defis.Contracts.Jury.V1;

namespace Defis.Portal.Forms;

/// <summary>
/// One selection the president stages in a draft decision, as the form holds it: the dossier, the recommended grant
/// typed in euros, and why the panel selects it.
/// </summary>
public sealed class SelectionForm
{
    public const string FormId = "formulaire-selection";

    public const string AmountInput = "Form_RecommendedGrant";

    private const string AmountPath = "recommendedGrantCents";
    private const string AmountLabel = "Dotation recommandée";

    /// <summary>Below zero: the platform refuses it whatever else the request says (see <see cref="ToRequest"/>).</summary>
    internal const long StandIn = -1;

    public string? DossierId { get; set; }

    public string? RecommendedGrant { get; set; }

    public string? Rationale { get; set; }

    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Form_DossierId", "dossierId", "Dossier retenu"),
        new(AmountInput, AmountPath, AmountLabel),
        new("Form_Rationale", "rationale", "Motif de la sélection"),
    ];

    /// <summary>
    /// The request, with the form's own problem with the amount (not one, or left blank: a grant of nothing is typed
    /// « 0 », so that finance never proposes one by oversight) in <paramref name="errors"/>. The request then carries
    /// <see cref="StandIn"/> instead, which the platform is sure to refuse: it still names the other bad fields, so
    /// the president hears of every problem at once, and nothing is staged.
    /// </summary>
    public StageSelectionRequest ToRequest(string decisionId, FormErrors errors)
    {
        var amount = EuroAmount.Read(RecommendedGrant);
        if (amount.IsBlank)
        {
            errors.Add(AmountInput, AmountLabel, "Saisissez la dotation recommandée, en euros (0 si le jury n'en recommande aucune).");
        }
        else if (amount.Problem is { } problem)
        {
            errors.Add(AmountInput, AmountLabel, problem);
        }
        return new StageSelectionRequest
        {
            DecisionId = decisionId,
            DossierId = DossierId?.Trim() ?? "",
            Rationale = Rationale?.Trim() ?? "",
            RecommendedGrantCents = errors.Has(AmountInput) ? StandIn : amount.Cents!.Value,
        };
    }

    /// <summary>
    /// A refusal's body as the form's errors, after the form's own. What the platform says of the stand-in amount is
    /// left out: the form's own word on what was typed stands alone at that field.
    /// </summary>
    public static FormErrors Refusal(string? body, FormErrors local)
    {
        var problems = FieldProblem.Read(body);
        if (problems.Count == 0)
        {
            return FormErrors.FromRefusal(body, Fields, FormId, local);
        }
        var kept = local.Has(AmountInput) ? problems.Where(p => p.Field != AmountPath) : problems;
        return FormErrors.Map(kept, Fields, FormId, FormErrors.FormLabel, local);
    }
}
