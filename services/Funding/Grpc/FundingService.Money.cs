using Defis.Contracts.Funding.V1;
using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;
using Defis.Funding.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Contract = Defis.Contracts.Funding.V1;
using Defis.Funding.Outgoing;

namespace Defis.Funding.Grpc;

/// <summary>Moving money: finance officers only, each change under the programme's lock (<see cref="ProgrammeLock"/>).</summary>
public sealed partial class FundingService
{
    [Authorize(Roles = Roles.FinanceOfficer)]
    public override async Task<Contract.Grant> CommitGrant(CommitGrantRequest request, ServerCallContext context)
    {
        var commitment = FundingRequests.Read(request);
        return await ChangeGrantAsync(commitment.GrantId, context, async (grant, books, change) =>
        {
            List<FundingEvent> events = [];
            if (commitment.Amount is { } amount)
            {
                events.AddRange(ProtoFields.Renamed(() => grant.Adjust(amount, commitment.Reason, books.Envelope, books.Rules, change)));
            }
            var ledger = ProtoFields.Renamed(() => ExpenseLedger.Open(grant, commitment.Budgets), field => BudgetField(field, commitment));
            var phases = await db.JuryOutcomes.Where(o => o.DossierId == grant.DossierId && o.Selected).Select(o => o.Phase).ToListAsync(context.CancellationToken);
            events.AddRange(grant.Commit(new DossierSelections(grant.DossierId, phases.ToHashSet()), books.Envelope, books.Rules, commitment.Schedule, change));
            db.ExpenseLedgers.Add(ledger);
            return events;
        });
    }

    [Authorize(Roles = Roles.FinanceOfficer)]
    public override async Task<Contract.Grant> AdjustGrant(AdjustGrantRequest request, ServerCallContext context)
    {
        var (grantId, amount, reason) = FundingRequests.Read(request);
        return await ChangeGrantAsync(grantId, context, (grant, books, change) =>
            Task.FromResult(ProtoFields.Renamed(() => grant.Adjust(amount, reason, books.Envelope, books.Rules, change))));
    }

    [Authorize(Roles = Roles.FinanceOfficer)]
    public override async Task<Contract.Grant> CancelGrant(CancelGrantRequest request, ServerCallContext context)
    {
        var (grantId, reason) = FundingRequests.Read(request);
        return await ChangeGrantAsync(grantId, context, (grant, books, change) => Task.FromResult(grant.Cancel(reason, books.Envelope, change)));
    }

    [Authorize(Roles = Roles.FinanceOfficer)]
    public override async Task<Contract.Grant> ReleaseTranche(ReleaseTrancheRequest request, ServerCallContext context)
    {
        var (grantId, number) = FundingRequests.Read(request);
        return await ChangeGrantAsync(grantId, context, (grant, books, change) => Task.FromResult(grant.ReleaseTranche(number, books.Envelope, change)));
    }

    /// <summary>
    /// One transaction: lock the grant's programme, read the grant as the last commit left it, let the domain
    /// decide, then save the change with its numbered events (outbox and replay log) and commit.
    /// </summary>
    private async Task<Contract.Grant> ChangeGrantAsync(Guid grantId, ServerCallContext context,
        Func<Domain.Grant, ProgrammeBooks, ChangeContext, Task<IReadOnlyList<FundingEvent>>> change)
    {
        var cancellationToken = context.CancellationToken;
        var caller = await db.ResolveAsync(context);
        return await db.InTransactionAsync(async () =>
        {
            var programmeId = await db.Grants.AsNoTracking().Where(g => g.Id == grantId).Select(g => (Guid?)g.ProgrammeId).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Dotation", grantId.ToString());
            var books = await db.LockProgrammeAsync(programmeId, cancellationToken);
            var grant = FundingAccess.RequireVisibleGrant(caller, grantId, await db.Grants.SingleAsync(g => g.Id == grantId, cancellationToken));
            FundingAccess.RequireMoneyMover(caller);
            await db.RecordAsync(await change(grant, books, books.Change(caller.UserId, time.GetUtcNow())), cancellationToken);
            return grant.ToContract();
        }, cancellationToken);
    }

    /// <summary>The ledger names a budget "budgets[Category]"; the request has it at category_budgets[i].</summary>
    private static string BudgetField(string field, FundingRequests.Commitment commitment) =>
        commitment.BudgetIndexes.Where(budget => field == $"budgets[{budget.Key}]")
            .Select(budget => $"category_budgets[{budget.Value}].budget_cents").FirstOrDefault() ?? "category_budgets";
}
