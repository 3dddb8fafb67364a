using Defis.SharedKernel.Errors;

namespace Defis.Submission.Domain;

/// <summary>
/// Whether a dossier's content is well formed, whatever its completeness: lengths, emails, SIRET,
/// INSEE codes, amounts. Field paths are those of the proto's DossierContent.
/// </summary>
public static class DossierContentCheck
{
    public static FieldViolations Check(DossierContent content, FieldViolations? into = null)
    {
        var errors = (into ?? new FieldViolations())
            .RequiredText("title", content.Title, DossierLimits.Title)
            .RequiredText("lead_structure.name", content.Lead.Name, DossierLimits.LeadStructureName)
            .KnownEnum("lead_structure.type", content.Lead.Type)
            .Email("contact_email", content.ContactEmail)
            .OptionalText("theme", content.Theme, DossierLimits.Theme);
        if (!string.IsNullOrEmpty(content.Lead.Siret) && !Siret.IsValid(content.Lead.Siret))
        {
            errors.Add("lead_structure.siret", "SIRET invalide : 14 chiffres dont la clé de contrôle est juste.");
        }
        var details = content.Details;
        if (details.Maturity is { } maturity)
        {
            errors.KnownEnum("maturity", maturity);
        }
        CheckNarrative(details.Narrative, errors);
        CheckPeople(details, errors);
        CheckTerritories(details.Territories, "territories", errors);
        CheckBudget(details.Budget, errors);
        CheckAct(details.ActOfCandidacy, errors);
        return errors;
    }

    private static void CheckNarrative(Narrative narrative, FieldViolations errors) => errors
        .OptionalText("problem", narrative.Problem, DossierLimits.Text)
        .OptionalText("context", narrative.Context, DossierLimits.Text)
        .OptionalText("priority_reform", narrative.PriorityReform, DossierLimits.Text)
        .OptionalText("impact_for_agents", narrative.ImpactForAgents, DossierLimits.Text)
        .OptionalText("impact_for_users", narrative.ImpactForUsers, DossierLimits.Text)
        .OptionalText("prior_actions", narrative.PriorActions, DossierLimits.Text)
        .OptionalText("lessons_learnt", narrative.LessonsLearnt, DossierLimits.Text);

    private static void CheckPeople(DossierDetails details, FieldViolations errors)
    {
        Count("partners", details.Partners.Count, DossierLimits.Items, errors);
        for (var i = 0; i < details.Partners.Count; i++)
        {
            var partner = details.Partners[i];
            errors.RequiredText($"partners[{i}].name", partner.Name, DossierLimits.Name).KnownEnum($"partners[{i}].kind", partner.Kind);
            if (partner.Territory is { } territory)
            {
                CheckTerritory(territory, $"partners[{i}].territory", errors);
            }
        }
        Count("team_members", details.Team.Count, DossierLimits.Items, errors);
        for (var i = 0; i < details.Team.Count; i++)
        {
            var member = details.Team[i];
            errors.RequiredText($"team_members[{i}].name", member.Name, DossierLimits.Name)
                .RequiredText($"team_members[{i}].role", member.Role, DossierLimits.Name)
                .Email($"team_members[{i}].email", member.Email);
        }
    }

    private static void CheckTerritories(IReadOnlyList<Territory> territories, string field, FieldViolations errors)
    {
        Count(field, territories.Count, DossierLimits.Items, errors);
        for (var i = 0; i < territories.Count; i++)
        {
            CheckTerritory(territories[i], $"{field}[{i}]", errors);
        }
    }

    private static void CheckTerritory(Territory territory, string field, FieldViolations errors)
    {
        if (!territory.IsValid)
        {
            errors.Add($"{field}.code", territory.Kind == TerritoryKind.Commune
                ? $"Code commune INSEE invalide : « {territory.Code} » (5 caractères, ex. 69123 ou 2A004)."
                : $"Code département INSEE invalide : « {territory.Code} » (ex. 69, 2A, 974).");
        }
    }

    private static void CheckBudget(Budget budget, FieldViolations errors)
    {
        Count("budget.lines", budget.Lines.Count, DossierLimits.BudgetLines, errors);
        for (var i = 0; i < budget.Lines.Count; i++)
        {
            var line = budget.Lines[i];
            var path = $"budget.lines[{i}]";
            errors.KnownEnum($"{path}.category", line.Category)
                .RequiredText($"{path}.label", line.Label, DossierLimits.Name)
                .RequiredText($"{path}.provider_name", line.ProviderName, DossierLimits.Name);
            if (line.AmountCents is <= 0 or > DossierLimits.LineAmountCents)
            {
                errors.Add($"{path}.amount_cents", "Montant en centimes, positif et d'au plus 10 000 000 €.");
            }
            if (line.ProviderCountry is not { Length: 2 } || !line.ProviderCountry.All(char.IsAsciiLetterUpper))
            {
                errors.Add($"{path}.provider_country", "Pays du prestataire : code ISO à deux lettres majuscules (ex. FR).");
            }
        }
        if (budget.RequestedCents < 0)
        {
            errors.Add("budget.requested_amount_cents", "Le montant demandé ne peut pas être négatif.");
        }
    }

    private static void CheckAct(ActOfCandidacy? act, FieldViolations errors)
    {
        if (act is null)
        {
            return;
        }
        errors.OptionalText("act_of_candidacy.signatory_name", act.SignatoryName, DossierLimits.Name)
            .OptionalText("act_of_candidacy.position", act.Position, DossierLimits.Name)
            .KnownEnum("act_of_candidacy.level", act.Level);
    }

    private static void Count(string field, int count, int max, FieldViolations errors)
    {
        if (count > max)
        {
            errors.Add(field, $"Au plus {max} éléments ({count}).");
        }
    }
}
