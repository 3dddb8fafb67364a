using Defis.ServiceDefaults.Errors;
using Defis.SharedKernel.Errors;
using Defis.Submission.Domain;
using Contract = Defis.Contracts.Submission.V1;

namespace Defis.Submission.Grpc;

/// <summary>
/// Reads the terms of a CreateProgramme or UpdateDraftProgramme request into the domain's, reporting every bad field
/// at once with its path in ProgrammeTerms: first what the proto cannot say (missing instants, unknown enums), then the
/// domain's own rules.
/// </summary>
internal static class ProgrammeTermsRequest
{
    public static ProgrammeTerms Read(Contract.ProgrammeTerms? request)
    {
        request ??= new Contract.ProgrammeTerms();
        var errors = new FieldViolations();
        errors.KnownEnum("application_phase", request.ApplicationPhase);
        var terms = new ProgrammeTerms(
            Code: request.Code,
            Title: request.Title,
            Description: request.Description,
            OpensAt: errors.Instant("opens_at", request.OpensAt) ?? DateTimeOffset.MinValue,
            ClosesAt: errors.Instant("closes_at", request.ClosesAt) ?? DateTimeOffset.MinValue,
            Phases: ReadPhases(request, errors),
            ApplicationPhase: request.ApplicationPhase.As<Phase>(),
            EnvelopeCents: request.EnvelopeCents,
            Themes: request.Themes.ToList(),
            AllowedLeadTypes: errors.KnownEnums<Contract.LeadStructureType, LeadStructureType>("allowed_lead_types", request.AllowedLeadTypes),
            MaturityLevels: errors.KnownEnums<Contract.MaturityLevel, MaturityLevel>("maturity_levels", request.MaturityLevels),
            EligibleExpenses: errors.KnownEnums<Contract.ExpenseCategory, ExpenseCategory>("eligible_expenses", request.EligibleExpenses),
            RequiredSections: errors.KnownEnums<Contract.DossierSection, DossierSection>("required_sections", request.RequiredSections),
            EuropeanProvidersOnly: request.EuropeanProvidersOnly,
            DecisionDueDays: request.HasDecisionDueDays ? request.DecisionDueDays : null,
            MinSelfFinancingPercent: request.HasMinSelfFinancingPercent ? request.MinSelfFinancingPercent : null,
            CollectiveAllowancePercent: request.CollectiveAllowancePercent,
            RetentionMonths: request.HasRetentionMonths ? request.RetentionMonths : DossierRetention.DefaultMonths);
        // A field already refused above would only be refused again, less precisely, by the domain.
        foreach (var violation in ProgrammeTermsCheck.Check(terms).Items.Where(v => errors.Items.All(e => e.Field != v.Field)))
        {
            errors.Add(violation.Field, violation.Description);
        }
        errors.ThrowIfAny();
        return terms;
    }

    private static List<PhaseTerms> ReadPhases(Contract.ProgrammeTerms request, FieldViolations errors) =>
        request.Phases.Select((phase, i) =>
        {
            errors.KnownEnum($"phases[{i}].phase", phase.Phase);
            var startsOn = errors.Day($"phases[{i}].starts_on", phase.StartsOn, required: true) ?? DateOnly.MinValue;
            var endsOn = errors.Day($"phases[{i}].ends_on", phase.EndsOn, required: false);
            return new PhaseTerms(phase.Phase.As<Phase>(), startsOn, endsOn, phase.MinGrantCents, phase.MaxGrantCents);
        }).ToList();
}
