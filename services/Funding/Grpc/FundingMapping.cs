using Defis.Funding.Domain;
using Defis.Funding.Persistence;
using Google.Protobuf.WellKnownTypes;
using Contract = Defis.Contracts.Funding.V1;

namespace Defis.Funding.Grpc;

/// <summary>Domain → contract. Contract and domain enums share their numbers.</summary>
internal static class FundingMapping
{
    public static Contract.Envelope ToContract(this Envelope envelope, long lastSequence)
    {
        var consumption = envelope.Consumption();
        return new Contract.Envelope
        {
            ProgrammeId = envelope.ProgrammeId.ToString(),
            TotalCents = consumption.Total.Cents,
            CommittedCents = consumption.Committed.Cents,
            DisbursedCents = consumption.Disbursed.Cents,
            RemainingCents = consumption.Remaining.Cents,
            Phases = { consumption.Phases.Select(ToContract) },
            LastSequence = lastSequence,
        };
    }

    public static Contract.Grant ToContract(this Grant grant)
    {
        var contract = new Contract.Grant
        {
            Id = grant.Id.ToString(),
            ProgrammeId = grant.ProgrammeId.ToString(),
            DossierId = grant.DossierId.ToString(),
            Phase = (Contract.Phase)(int)grant.Phase,
            AmountCents = grant.Amount.Cents,
            SelfFinancingCents = grant.SelfFinancing.Cents,
            SelfFinancingShareBasisPoints = grant.SelfFinancingShareBasisPoints,
            SelectionWithdrawn = grant.SelectionWithdrawn,
            Status = (Contract.GrantStatus)(int)grant.Status,
            Tranches = { grant.Tranches.Select(ToContract) },
            ReleasedCents = grant.Released.Cents,
            CommittedBy = grant.CommittedBy ?? "",
        };
        if (grant.CommittedAt is { } committedAt)
        {
            contract.CommittedAt = Timestamp.FromDateTimeOffset(committedAt);
        }
        return contract;
    }

    public static Contract.DeclaredExpense ToContract(this ExpenseLine line) => new()
    {
        Id = line.Id.ToString(),
        Line = new Contract.ExpenseLine
        {
            Category = (Contract.ExpenseCategory)(int)line.Declaration.Category,
            AmountCents = line.Declaration.Amount.Cents,
            Provider = line.Declaration.Provider,
            ProviderCountry = line.Declaration.ProviderCountry,
            Date = new Google.Type.Date { Year = line.Declaration.Date.Year, Month = line.Declaration.Date.Month, Day = line.Declaration.Date.Day },
            InvoiceReference = line.Declaration.InvoiceReference,
        },
        Accepted = line.IsAccepted,
        Rejections = { line.Rejections.Select(r => new Contract.Rejection { Field = ProtoFields.Of(r.Field), Description = r.Description }) },
        DeclaredAt = Timestamp.FromDateTimeOffset(line.DeclaredAt),
    };

    public static Contract.CategoryTotal ToContract(this CategoryTotal total)
    {
        var contract = new Contract.CategoryTotal { Category = (Contract.ExpenseCategory)(int)total.Category, AcceptedCents = total.Accepted.Cents };
        if (total.Budget is { } budget)
        {
            contract.BudgetCents = budget.Cents;
        }
        return contract;
    }

    public static Contract.FundingEventRecord ToContract(this FundingEventRecord record) => new()
    {
        Sequence = record.Sequence,
        EventId = record.EventId.ToString(),
        Type = record.Type,
        OccurredAt = Timestamp.FromDateTimeOffset(record.OccurredAt),
        PayloadJson = record.Payload,
    };

    private static Contract.PhaseConsumption ToContract(PhaseConsumption phase)
    {
        var contract = new Contract.PhaseConsumption
        {
            Phase = (Contract.Phase)(int)phase.Phase,
            CommittedCents = phase.Committed.Cents,
            DisbursedCents = phase.Disbursed.Cents,
            RemainingCents = phase.Remaining.Cents,
        };
        if (phase.Allocation is { } allocation)
        {
            contract.AllocationCents = allocation.Cents;
        }
        return contract;
    }

    private static Contract.Tranche ToContract(Tranche tranche)
    {
        var contract = new Contract.Tranche
        {
            Number = tranche.Number,
            ShareBasisPoints = tranche.ShareBasisPoints,
            Trigger = (Contract.TrancheTrigger)(int)tranche.Trigger,
            Milestone = tranche.Milestone ?? "",
            AmountCents = tranche.Amount.Cents,
            Status = (Contract.TrancheStatus)(int)tranche.Status,
        };
        if (tranche.ReleasedAt is { } releasedAt)
        {
            contract.ReleasedAt = Timestamp.FromDateTimeOffset(releasedAt);
        }
        return contract;
    }
}
