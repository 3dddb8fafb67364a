using System.Runtime.CompilerServices;
using Defis.Contracts.Funding.V1;
using Defis.Funding.Documents;
using Defis.Funding.Persistence;
using Defis.ServiceInfrastructure.Documents;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Google.Api;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Defis.Funding.Grpc;

/// <summary>
/// The finance export of a call, streamed: grants (with their tranches) and then expense lines are read from
/// PostgreSQL one at a time and written out as they come (docs/exports/finance.md). Only the maps from dossier and
/// grant to reference, one short string per filed dossier of the call, are held.
/// </summary>
[Authorize(Roles = Roles.FinanceOfficer)]
public sealed class FundingExportsService(FundingDbContext db) : FundingExports.FundingExportsBase
{
    [Authorize(Roles = Roles.FinanceOfficer)]
    public override async Task ExportFinance(ExportFinanceRequest request, IServerStreamWriter<HttpBody> responseStream, ServerCallContext context)
    {
        var (programmeId, format) = Read(request);
        var cancellationToken = context.CancellationToken;
        if (!await db.ProgrammeRules.AnyAsync(r => r.ProgrammeId == programmeId, cancellationToken))
        {
            throw new NotFoundException("Programme", request.ProgrammeId);
        }
        var references = await db.Dossiers.AsNoTracking().Where(d => d.ProgrammeId == programmeId)
            .ToDictionaryAsync(d => d.DossierId, d => d.Reference, cancellationToken);
        var rows = RowsAsync(programmeId, references, cancellationToken);
        await SpreadsheetExport.StreamAsync(responseStream, format, "Finances", FinanceExportRow.Headers, rows, r => r.Cells, cancellationToken);
    }

    private async IAsyncEnumerable<FinanceExportRow> RowsAsync(Guid programmeId, IReadOnlyDictionary<Guid, string> references,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var grantReferences = new Dictionary<Guid, string>();
        var grants = db.Grants.AsNoTracking().Where(g => g.ProgrammeId == programmeId).OrderBy(g => g.Id).AsAsyncEnumerable();
        await foreach (var grant in grants.WithCancellation(cancellationToken))
        {
            var reference = grantReferences[grant.Id] = references.GetValueOrDefault(grant.DossierId, "");
            yield return FinanceExportRow.Of(grant, reference);
            foreach (var tranche in grant.Tranches.OrderBy(t => t.Number))
            {
                yield return FinanceExportRow.Of(grant, tranche, reference);
            }
        }
        var lines = db.ExpenseLedgers.AsNoTracking().Where(l => l.ProgrammeId == programmeId)
            .SelectMany(l => l.Lines, (ledger, line) => new { ledger.GrantId, Line = line })
            .OrderBy(x => x.GrantId).ThenBy(x => x.Line.DeclaredAt).ThenBy(x => x.Line.Id)
            .AsAsyncEnumerable();
        await foreach (var expense in lines.WithCancellation(cancellationToken))
        {
            yield return FinanceExportRow.Of(expense.GrantId, expense.Line, grantReferences.GetValueOrDefault(expense.GrantId, ""));
        }
    }

    private static (Guid ProgrammeId, SpreadsheetFormat Format) Read(ExportFinanceRequest request)
    {
        var errors = new FieldViolations();
        var id = errors.Id("programme_id", request.ProgrammeId);
        var format = SpreadsheetExport.Format(errors, request.Format);
        errors.ThrowIfAny();
        return (id, format);
    }
}
