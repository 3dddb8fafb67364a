using Defis.Contracts.Submission.V1;
using Defis.ServiceInfrastructure.Documents;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Defis.Submission.Documents;
using Defis.Submission.Persistence;
using Google.Api;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Defis.Submission.Grpc;

/// <summary>
/// Exports for programme staff, streamed: rows are read from PostgreSQL one at a time (AsAsyncEnumerable, no
/// tracking) and written out as they come, so the service never holds the list (docs/exports/dossiers.md).
/// </summary>
[Authorize(Roles = Roles.ProgrammeStaff)]
public sealed class ExportsService(SubmissionDbContext db) : Exports.ExportsBase
{
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task ExportDossiers(ExportDossiersRequest request, IServerStreamWriter<HttpBody> responseStream, ServerCallContext context)
    {
        var (code, format) = DossierExportRequest.Read(request.ProgrammeCode, request.Format);
        var cancellationToken = context.CancellationToken;
        if (!await db.Programmes.AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw new NotFoundException("Appel", request.ProgrammeCode);
        }
        var dossiers = db.Dossiers.AsNoTracking().Where(d => d.ProgrammeCode == code).OrderBy(d => d.Reference).ThenBy(d => d.Id);
        await SpreadsheetExport.StreamAsync(responseStream, format, "Dossiers", DossierExportColumns.Headers, dossiers.AsAsyncEnumerable(),
            DossierExportColumns.Cells, cancellationToken);
    }
}
