using Defis.Contracts.Funding.V1;
using Defis.Funding.Domain;
using Defis.Funding.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Defis.SharedKernel.Time;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Defis.Funding.Outgoing;

namespace Defis.Funding.Grpc;

public sealed partial class FundingService
{
    /// <summary>
    /// The lead who filed the dossier declares expenses against its committed grant. Each well-formed line is
    /// accepted or rejected with its reasons (and announced); declarations are serialized by the programme's
    /// lock, so two of them can never both fit a budget that only one fits.
    /// </summary>
    [Authorize(Roles = Roles.Applicant)]
    public override async Task<DeclareExpensesResponse> DeclareExpenses(DeclareExpensesRequest request, ServerCallContext context)
    {
        var now = time.GetUtcNow();
        var (grantId, lines) = FundingRequests.Read(request, ParisTime.DateOf(now));
        var cancellationToken = context.CancellationToken;
        var caller = await db.ResolveAsync(context);
        return await db.InTransactionAsync(async () =>
        {
            var visible = FundingAccess.RequireVisibleGrant(caller, grantId,
                await db.Grants.AsNoTracking().SingleOrDefaultAsync(g => g.Id == grantId, cancellationToken));
            var books = await db.LockProgrammeAsync(visible.ProgrammeId, cancellationToken);
            var grant = await db.Grants.AsNoTracking().SingleAsync(g => g.Id == grantId, cancellationToken);
            FundingAccess.RequireExpenseDeclarer(caller, grant);
            var ledger = await db.ExpenseLedgers.Include(l => l.Lines).SingleOrDefaultAsync(l => l.GrantId == grantId, cancellationToken)
                ?? throw new PreconditionFailedException("GRANT_STATE", "grant", "Des dépenses ne peuvent être déclarées que sur une dotation engagée.");
            var change = books.Change(caller.UserId, now);
            var before = ledger.Lines.Count;
            await db.RecordAsync(lines.Select(line => ledger.Declare(grant, line, change)).ToList(), cancellationToken);
            return new DeclareExpensesResponse { Expenses = { ledger.Lines.Skip(before).Select(l => l.ToContract()) } };
        }, cancellationToken);
    }
}
