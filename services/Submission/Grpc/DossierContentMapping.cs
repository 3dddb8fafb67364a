using Defis.ServiceDefaults.Errors;
using Defis.Submission.Domain;
using Contract = Defis.Contracts.Submission.V1;

namespace Defis.Submission.Grpc;

/// <summary>The dossier's content as the contract shows it; contract and domain enums share their numbers.</summary>
internal static class DossierContentMapping
{
    public static Contract.DossierContent ToContract(this DossierContent content)
    {
        var details = content.Details;
        var narrative = details.Narrative;
        var contract = new Contract.DossierContent
        {
            Title = content.Title,
            LeadStructure = new Contract.LeadStructure
            {
                Name = content.Lead.Name, Type = (Contract.LeadStructureType)(int)content.Lead.Type, Siret = content.Lead.Siret ?? "",
            },
            ContactEmail = content.ContactEmail,
            Theme = content.Theme,
            Maturity = (Contract.MaturityLevel)(int)(details.Maturity ?? 0),
            Problem = narrative.Problem,
            Context = narrative.Context,
            PriorityReform = narrative.PriorityReform,
            ImpactForAgents = narrative.ImpactForAgents,
            ImpactForUsers = narrative.ImpactForUsers,
            PriorActions = narrative.PriorActions,
            LessonsLearnt = narrative.LessonsLearnt,
            Partners = { details.Partners.Select(ToContract) },
            TeamMembers = { details.Team.Select(m => new Contract.TeamMember { Name = m.Name, Role = m.Role, Email = m.Email, IsPublicAgent = m.IsPublicAgent }) },
            Territories = { details.Territories.Select(ToContract) },
            Budget = ToContract(details.Budget),
        };
        if (details.ActOfCandidacy is { } act)
        {
            contract.ActOfCandidacy = ToContract(act);
        }
        return contract;
    }

    private static Contract.Partner ToContract(Partner partner)
    {
        var contract = new Contract.Partner { Name = partner.Name, Kind = (Contract.PartnerKind)(int)partner.Kind };
        if (partner.Territory is { } territory)
        {
            contract.Territory = ToContract(territory);
        }
        return contract;
    }

    private static Contract.Territory ToContract(Territory territory) => new() { Kind = (Contract.TerritoryKind)(int)territory.Kind, Code = territory.Code };

    private static Contract.Budget ToContract(Budget budget) => new()
    {
        RequestedAmountCents = budget.RequestedCents,
        Lines =
        {
            budget.Lines.Select(l => new Contract.BudgetLine
            {
                Category = (Contract.ExpenseCategory)(int)l.Category, Label = l.Label, AmountCents = l.AmountCents,
                ProviderName = l.ProviderName, ProviderCountry = l.ProviderCountry,
            }),
        },
    };

    private static Contract.ActOfCandidacy ToContract(ActOfCandidacy act)
    {
        var contract = new Contract.ActOfCandidacy
        {
            SignatoryName = act.SignatoryName, Position = act.Position, Level = (Contract.SignatoryLevel)(int)act.Level, Signed = act.Signed,
        };
        if (act.SignedOn is { } signedOn)
        {
            contract.SignedOn = signedOn.ToContract();
        }
        return contract;
    }
}
