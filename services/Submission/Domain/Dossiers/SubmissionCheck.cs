using Defis.SharedKernel.Errors;

namespace Defis.Submission.Domain;

/// <summary>
/// Completeness and eligibility of a dossier against its call, all reported at once with the field
/// each concerns. The format of each field is <see cref="DossierContentCheck"/>'s business.
/// </summary>
public static class SubmissionCheck
{
    private const string Required = "Cette rubrique est exigée par l'appel.";

    public static FieldViolations Check(ProgrammeTerms terms, DossierContent content)
    {
        var errors = DossierContentCheck.Check(content);
        CheckSections(terms, content.Details, errors);
        CheckEligibility(terms, content, errors);
        if (errors.Items.All(e => !e.Field.StartsWith("budget", StringComparison.Ordinal)))
        {
            CheckBudget(terms, content.Details, errors);
        }
        return errors;
    }

    private static void CheckSections(ProgrammeTerms terms, DossierDetails details, FieldViolations errors)
    {
        var narrative = details.Narrative;
        foreach (var section in terms.RequiredSections)
        {
            _ = section switch
            {
                DossierSection.Problem => Text(errors, "problem", narrative.Problem),
                DossierSection.Context => Text(errors, "context", narrative.Context),
                DossierSection.PriorityReform => Text(errors, "priority_reform", narrative.PriorityReform),
                DossierSection.ExpectedImpact => Text(errors, "impact_for_agents", narrative.ImpactForAgents)
                    & Text(errors, "impact_for_users", narrative.ImpactForUsers),
                DossierSection.PriorActions => Text(errors, "prior_actions", narrative.PriorActions)
                    & Text(errors, "lessons_learnt", narrative.LessonsLearnt),
                DossierSection.Team => NotEmpty(errors, "team_members", details.Team.Count),
                DossierSection.Territories => NotEmpty(errors, "territories", details.Territories.Count),
                DossierSection.Budget => NotEmpty(errors, "budget.lines", details.Budget.Lines.Count),
                DossierSection.ActOfCandidacy => CheckAct(errors, details.ActOfCandidacy),
                _ => true,
            };
        }
    }

    private static bool CheckAct(FieldViolations errors, ActOfCandidacy? act)
    {
        if (act is null)
        {
            errors.Add("act_of_candidacy", Required);
            return false;
        }
        Text(errors, "act_of_candidacy.signatory_name", act.SignatoryName);
        Text(errors, "act_of_candidacy.position", act.Position);
        if (!act.Signed || act.SignedOn is null)
        {
            errors.Add("act_of_candidacy.signed", "L'acte de candidature doit être signé et daté par le responsable de la structure porteuse.");
        }
        return true;
    }

    private static void CheckEligibility(ProgrammeTerms terms, DossierContent content, FieldViolations errors)
    {
        if (!terms.AllowedLeadTypes.Contains(content.Lead.Type))
        {
            errors.Add("lead_structure.type", "Ce type de structure porteuse n'est pas admis par l'appel.");
        }
        if (!terms.Themes.Contains(content.Theme, StringComparer.Ordinal))
        {
            errors.Add("theme", $"Choisissez une thématique de l'appel : {string.Join(" ; ", terms.Themes)}.");
        }
        var maturity = content.Details.Maturity;
        if (terms.MaturityLevels.Count > 0 && (maturity is null || !terms.MaturityLevels.Contains(maturity.Value)))
        {
            errors.Add("maturity", "Indiquez un niveau de maturité proposé par l'appel.");
        }
    }

    private static void CheckBudget(ProgrammeTerms terms, DossierDetails details, FieldViolations errors)
    {
        var budget = details.Budget;
        for (var i = 0; i < budget.Lines.Count; i++)
        {
            var line = budget.Lines[i];
            if (terms.EligibleExpenses.Count > 0 && !terms.EligibleExpenses.Contains(line.Category))
            {
                errors.Add($"budget.lines[{i}].category", "Cette catégorie de dépense n'est pas éligible à l'appel.");
            }
            if (terms.EuropeanProvidersOnly && !EuropeanCountries.Contains(line.ProviderCountry))
            {
                errors.Add($"budget.lines[{i}].provider_country", "L'appel exige un prestataire établi en Europe.");
            }
        }
        CheckRequestedAmount(terms, details, errors);
    }

    private static void CheckRequestedAmount(ProgrammeTerms terms, DossierDetails details, FieldViolations errors)
    {
        var budget = details.Budget;
        var ceiling = terms.CeilingCents(details.IsCollective);
        if (budget.RequestedCents < terms.FloorCents || budget.RequestedCents > ceiling)
        {
            errors.Add("budget.requested_amount_cents",
                $"Le montant demandé doit être compris entre {Euros(terms.FloorCents)} et {Euros(ceiling)}"
                + (details.IsCollective ? " (plafond majoré des candidatures collectives)." : "."));
        }
        else if (budget.RequestedCents > budget.TotalCents)
        {
            errors.Add("budget.requested_amount_cents", $"Le montant demandé dépasse le total du budget ({Euros(budget.TotalCents)}).");
        }
        else if (terms.MinSelfFinancingPercent is { } minimum && !budget.SelfFinancesAtLeast(minimum))
        {
            errors.Add("budget.requested_amount_cents", $"L'autofinancement doit atteindre au moins {minimum} % du budget.");
        }
    }

    private static bool Text(FieldViolations errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, Required);
            return false;
        }
        return true;
    }

    private static bool NotEmpty(FieldViolations errors, string field, int count)
    {
        if (count == 0)
        {
            errors.Add(field, Required);
            return false;
        }
        return true;
    }

    /// <summary>E.g. "120 000,00 €", from cents without floating point.</summary>
    public static string Euros(long cents) =>
        $"{(cents / 100).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))},{Math.Abs(cents % 100):00} €";
}
