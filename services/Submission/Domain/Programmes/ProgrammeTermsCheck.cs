using System.Text.RegularExpressions;
using Defis.SharedKernel.Errors;

namespace Defis.Submission.Domain;

/// <summary>Whether a call's terms hold together; field paths are those of the proto's ProgrammeTerms.</summary>
public static partial class ProgrammeTermsCheck
{
    public static FieldViolations Check(ProgrammeTerms terms, FieldViolations? into = null)
    {
        var errors = (into ?? new FieldViolations())
            .RequiredText("title", terms.Title, ProgrammeLimits.Title)
            .OptionalText("description", terms.Description, ProgrammeLimits.Description);
        if (!IsProgrammeCode(terms.Code))
        {
            errors.Add("code", "Code d'appel invalide : 2 à 16 lettres majuscules ou chiffres (ex. CB21).");
        }
        if (terms.ClosesAt <= terms.OpensAt)
        {
            errors.Add("closes_at", "La clôture doit suivre l'ouverture.");
        }
        if (terms.EnvelopeCents is <= 0 or > ProgrammeLimits.EnvelopeCents)
        {
            errors.Add("envelope_cents", "L'enveloppe doit être un montant positif en centimes.");
        }
        CheckPhases(terms, errors);
        CheckLists(terms, errors);
        CheckShares(terms, errors);
        return errors;
    }

    public static bool IsProgrammeCode(string? code) => code is not null && CodePattern().IsMatch(code);

    private static void CheckPhases(ProgrammeTerms terms, FieldViolations errors)
    {
        for (var i = 0; i < terms.Phases.Count; i++)
        {
            var phase = terms.Phases[i];
            if (terms.Phases.Take(i).Any(p => p.Phase == phase.Phase))
            {
                errors.Add($"phases[{i}].phase", "Cette phase figure deux fois.");
            }
            if (phase.EndsOn < phase.StartsOn)
            {
                errors.Add($"phases[{i}].ends_on", "La fin de phase précède son début.");
            }
            if (phase.MinGrantCents < 0 || phase.MaxGrantCents < phase.MinGrantCents || phase.MaxGrantCents > terms.EnvelopeCents)
            {
                errors.Add($"phases[{i}].max_grant_cents", "Fourchette de dotation invalide : 0 ≤ minimum ≤ maximum ≤ enveloppe.");
            }
        }
        if (terms.PhaseOf(terms.ApplicationPhase) is not { IsFunded: true })
        {
            errors.Add("application_phase", "La phase demandée au dépôt doit figurer parmi les phases, avec une dotation.");
        }
    }

    private static void CheckLists(ProgrammeTerms terms, FieldViolations errors)
    {
        if (terms.Themes.Count is 0 or > ProgrammeLimits.Themes)
        {
            errors.Add("themes", $"Entre 1 et {ProgrammeLimits.Themes} thématiques.");
        }
        for (var i = 0; i < terms.Themes.Count; i++)
        {
            errors.RequiredText($"themes[{i}]", terms.Themes[i], ProgrammeLimits.Theme);
        }
        if (terms.AllowedLeadTypes.Count == 0)
        {
            errors.Add("allowed_lead_types", "Au moins un type de structure porteuse.");
        }
    }

    private static void CheckShares(ProgrammeTerms terms, FieldViolations errors)
    {
        if (terms.MinSelfFinancingPercent is < 0 or > 100)
        {
            errors.Add("min_self_financing_percent", "Pourcentage entre 0 et 100.");
        }
        if (terms.CollectiveAllowancePercent is < 0 or > 100)
        {
            errors.Add("collective_allowance_percent", "Pourcentage entre 0 et 100.");
        }
        if (terms.DecisionDueDays is < 1 or > ProgrammeLimits.DecisionDueDays)
        {
            errors.Add("decision_due_days", $"Délai entre 1 et {ProgrammeLimits.DecisionDueDays} jours.");
        }
        CheckRetention(terms.RetentionMonths, errors);
    }

    public static FieldViolations CheckRetention(int months, FieldViolations errors)
    {
        if (!DossierRetention.IsAllowed(months))
        {
            errors.Add("retention_months",
                $"Durée de conservation des dossiers entre {DossierRetention.MinMonths} et {DossierRetention.MaxMonths} mois après la clôture (reçu : {months}).");
        }
        return errors;
    }

    [GeneratedRegex("^[A-Z0-9]{2,16}$")]
    private static partial Regex CodePattern();
}
