using Defis.ServiceDefaults.Errors;
using Defis.SharedKernel.Errors;
using Defis.Submission.Domain;
using Contract = Defis.Contracts.Submission.V1;

namespace Defis.Submission.Grpc;

/// <summary>
/// Reads an UpdateDossier request's content into the domain's and checks its form, every bad field at
/// once with its path in DossierContent. Enums are carried as numbers: the domain check names unknown
/// and unspecified ones. Completeness waits for submission.
/// </summary>
internal static class DossierContentRequest
{
    public static DossierContent Read(Contract.DossierContent? request)
    {
        request ??= new Contract.DossierContent();
        var errors = new FieldViolations();
        var lead = request.LeadStructure ?? new Contract.LeadStructure();
        var content = new DossierContent(
            request.Title,
            new LeadStructure(lead.Name, (LeadStructureType)(int)lead.Type, string.IsNullOrWhiteSpace(lead.Siret) ? null : lead.Siret.Trim()),
            request.ContactEmail,
            request.Theme,
            new DossierDetails(
                request.Maturity == Contract.MaturityLevel.Unspecified ? null : (MaturityLevel)(int)request.Maturity,
                new Narrative(request.Problem, request.Context, request.PriorityReform, request.ImpactForAgents, request.ImpactForUsers,
                    request.PriorActions, request.LessonsLearnt),
                request.Partners.Select(p => new Partner(p.Name, (PartnerKind)(int)p.Kind, p.Territory is null ? null : ToDomain(p.Territory))).ToList(),
                request.TeamMembers.Select(m => new TeamMember(m.Name, m.Role, m.Email, m.IsPublicAgent)).ToList(),
                request.Territories.Select(ToDomain).ToList(),
                ToDomain(request.Budget ?? new Contract.Budget()),
                ToDomain(request.ActOfCandidacy, errors)));
        DossierContentCheck.Check(content, errors).ThrowIfAny();
        return content;
    }

    private static Territory ToDomain(Contract.Territory territory) => new((TerritoryKind)(int)territory.Kind, territory.Code.Trim());

    private static Budget ToDomain(Contract.Budget budget) => new(
        budget.Lines.Select(l => new BudgetLine((ExpenseCategory)(int)l.Category, l.Label, l.AmountCents, l.ProviderName, l.ProviderCountry)).ToList(),
        budget.RequestedAmountCents);

    private static ActOfCandidacy? ToDomain(Contract.ActOfCandidacy? act, FieldViolations errors) => act is null
        ? null
        : new ActOfCandidacy(act.SignatoryName, act.Position, (SignatoryLevel)(int)act.Level,
            errors.Day("act_of_candidacy.signed_on", act.SignedOn, required: false), act.Signed);
}
