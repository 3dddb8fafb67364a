using Defis.ServiceDefaults.Errors;
using Defis.Submission.Domain;
using Contract = Defis.Contracts.Submission.V1;

namespace Defis.Submission.Grpc;

internal static class ProgrammeMapping
{
    /// <summary>The call as a caller sees it at <paramref name="now"/>: a published call past its closing reads as closed.</summary>
    public static Contract.Programme ToContract(this Programme programme, DateTimeOffset now)
    {
        var contract = new Contract.Programme
        {
            Id = programme.Id.ToString(),
            Code = programme.Code,
            Status = (Contract.ProgrammeStatus)(int)programme.StatusAt(now),
            Terms = programme.Terms.ToContract(),
            CreatedAt = programme.CreatedAt.ToContract(),
        };
        if (programme.PublishedAt is { } publishedAt)
        {
            contract.PublishedAt = publishedAt.ToContract();
        }
        return contract;
    }

    private static Contract.ProgrammeTerms ToContract(this ProgrammeTerms terms)
    {
        var contract = new Contract.ProgrammeTerms
        {
            Code = terms.Code,
            Title = terms.Title,
            Description = terms.Description,
            OpensAt = terms.OpensAt.ToContract(),
            ClosesAt = terms.ClosesAt.ToContract(),
            Phases = { terms.Phases.Select(ToContract) },
            ApplicationPhase = (Contract.Phase)(int)terms.ApplicationPhase,
            EnvelopeCents = terms.EnvelopeCents,
            Themes = { terms.Themes },
            AllowedLeadTypes = { terms.AllowedLeadTypes.Select(t => (Contract.LeadStructureType)(int)t) },
            MaturityLevels = { terms.MaturityLevels.Select(m => (Contract.MaturityLevel)(int)m) },
            EligibleExpenses = { terms.EligibleExpenses.Select(e => (Contract.ExpenseCategory)(int)e) },
            RequiredSections = { terms.RequiredSections.Select(s => (Contract.DossierSection)(int)s) },
            EuropeanProvidersOnly = terms.EuropeanProvidersOnly,
            CollectiveAllowancePercent = terms.CollectiveAllowancePercent,
            RetentionMonths = terms.RetentionMonths,
        };
        if (terms.DecisionDueDays is { } days)
        {
            contract.DecisionDueDays = days;
        }
        if (terms.MinSelfFinancingPercent is { } percent)
        {
            contract.MinSelfFinancingPercent = percent;
        }
        return contract;
    }

    private static Contract.PhaseTerms ToContract(PhaseTerms phase)
    {
        var contract = new Contract.PhaseTerms
        {
            Phase = (Contract.Phase)(int)phase.Phase,
            StartsOn = phase.StartsOn.ToContract(),
            MinGrantCents = phase.MinGrantCents,
            MaxGrantCents = phase.MaxGrantCents,
        };
        if (phase.EndsOn is { } endsOn)
        {
            contract.EndsOn = endsOn.ToContract();
        }
        return contract;
    }
}
