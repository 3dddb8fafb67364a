using Defis.Contracts.Funding.V1;
using Defis.Funding.Domain;
using Defis.Funding.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Contract = Defis.Contracts.Funding.V1;
using Defis.Funding.Outgoing;

namespace Defis.Funding.Grpc;

/// <summary>Reads: envelope consumption, grants, expenses and the replay of funding events. Not visible reads as NOT_FOUND.</summary>
public sealed partial class FundingService(FundingDbContext db, TimeProvider time) : Contract.Funding.FundingBase
{
    private const string ProgrammeReaders = $"{Roles.FinanceOfficer},{Roles.ProgrammeStaff},{Roles.MinistryPartner}";
    private const string GrantReaders = $"{ProgrammeReaders},{Roles.Applicant}";

    [Authorize(Roles = ProgrammeReaders)]
    public override async Task<Contract.Envelope> GetEnvelope(GetEnvelopeRequest request, ServerCallContext context)
    {
        var programmeId = await ReadableProgrammeAsync(request.ProgrammeId, context);
        var envelope = await db.Envelopes.AsNoTracking().SingleOrDefaultAsync(e => e.ProgrammeId == programmeId, context.CancellationToken)
            ?? throw new NotFoundException("Enveloppe", request.ProgrammeId);
        var counter = await db.EventCounters.AsNoTracking().SingleAsync(c => c.ProgrammeId == programmeId, context.CancellationToken);
        return envelope.ToContract(counter.LastSequence);
    }

    [Authorize(Roles = ProgrammeReaders)]
    public override async Task<ListGrantsResponse> ListGrants(ListGrantsRequest request, ServerCallContext context)
    {
        var programmeId = await ReadableProgrammeAsync(request.ProgrammeId, context);
        var grants = await db.Grants.AsNoTracking().Where(g => g.ProgrammeId == programmeId).OrderBy(g => g.Id).ToListAsync(context.CancellationToken);
        return new ListGrantsResponse { Grants = { grants.Select(g => g.ToContract()) } };
    }

    /// <summary>
    /// The grants of the laureate's team's dossiers, led or co-edited (<see cref="FundingAccess.TeamDossiersListed"/>): in phase order, then newest first (ids
    /// are UUID v7), as the proto says. Another team's dossier id lists nothing, as an unknown one does.
    /// </summary>
    [Authorize(Roles = Roles.Applicant)]
    public override async Task<ListGrantsResponse> ListMyGrants(ListMyGrantsRequest request, ServerCallContext context)
    {
        var only = FundingRequests.Read(request);
        var dossiers = FundingAccess.TeamDossiersListed(await db.ResolveAsync(context), only).ToList();
        var grants = dossiers.Count == 0 ? []
            : await db.Grants.AsNoTracking().Where(g => dossiers.Contains(g.DossierId)).ToListAsync(context.CancellationToken);
        return new ListGrantsResponse { Grants = { grants.OrderBy(g => g.Phase).ThenByDescending(g => g.Id).Select(g => g.ToContract()) } };
    }

    [Authorize(Roles = GrantReaders)]
    public override async Task<Contract.Grant> GetGrant(GetGrantRequest request, ServerCallContext context) =>
        (await VisibleGrantAsync(request.GrantId, context)).ToContract();

    [Authorize(Roles = GrantReaders)]
    public override async Task<ListExpensesResponse> ListExpenses(ListExpensesRequest request, ServerCallContext context)
    {
        var grant = await VisibleGrantAsync(request.GrantId, context);
        var ledger = await db.ExpenseLedgers.AsNoTracking().Include(l => l.Lines).SingleOrDefaultAsync(l => l.GrantId == grant.Id, context.CancellationToken);
        if (ledger is null)
        {
            return new ListExpensesResponse();
        }
        return new ListExpensesResponse
        {
            Expenses = { ledger.Lines.OrderBy(l => l.DeclaredAt).ThenBy(l => l.Id).Select(l => l.ToContract()) },
            Totals = { ledger.Totals().Select(t => t.ToContract()) },
            AcceptedCents = ledger.Accepted.Cents,
        };
    }

    /// <summary>Served from the durable log, so a ministry offline for longer than the broker keeps messages still catches up.</summary>
    [Authorize(Roles = ProgrammeReaders)]
    public override async Task<ListFundingEventsResponse> ListFundingEvents(ListFundingEventsRequest request, ServerCallContext context)
    {
        var (_, after, pageSize) = FundingRequests.Read(request);
        var programmeId = await ReadableProgrammeAsync(request.ProgrammeId, context);
        var counter = await db.EventCounters.AsNoTracking().SingleOrDefaultAsync(c => c.ProgrammeId == programmeId, context.CancellationToken)
            ?? throw new NotFoundException("Programme", request.ProgrammeId);
        var events = await db.FundingEvents.AsNoTracking()
            .Where(e => e.ProgrammeId == programmeId && e.Sequence > after)
            .OrderBy(e => e.Sequence)
            .Take(pageSize)
            .ToListAsync(context.CancellationToken);
        return new ListFundingEventsResponse
        {
            Events = { events.Select(e => e.ToContract()) },
            NextAfterSequence = events.Count > 0 ? events[^1].Sequence : after,
            LastSequence = counter.LastSequence,
        };
    }

    /// <summary>The programme id of the request if the caller may read that programme; NOT_FOUND otherwise.</summary>
    private async Task<Guid> ReadableProgrammeAsync(string value, ServerCallContext context)
    {
        var programmeId = FieldViolations.RequiredId("programme_id", value);
        var caller = await db.ResolveAsync(context);
        return FundingAccess.CanReadProgramme(caller, programmeId) ? programmeId : throw new NotFoundException("Programme", value);
    }

    private async Task<Domain.Grant> VisibleGrantAsync(string value, ServerCallContext context)
    {
        var grantId = FieldViolations.RequiredId("grant_id", value);
        var caller = await db.ResolveAsync(context);
        var grant = await db.Grants.AsNoTracking().SingleOrDefaultAsync(g => g.Id == grantId, context.CancellationToken);
        return FundingAccess.RequireVisibleGrant(caller, grantId, grant);
    }
}
