using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Defis.Contracts.Audit.V1;
using Defis.ServiceInfrastructure.Documents;
using Defis.ServiceInfrastructure.Persistence;
using Defis.SharedKernel.Errors;
using Defis.SharedKernel.Text;
using Google.Api;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Defis.ServiceInfrastructure.Audit;

/// <summary>
/// A service's own audit trail, read, exported and verified by programme staff (the role as the token carries it;
/// ServiceInfrastructure does not know ServiceDefaults' role names).
/// </summary>
[Authorize(Roles = ProgrammeStaff)]
public sealed class AuditTrailService<TContext>(TContext db, AuditTrailName trail) : AuditTrail.AuditTrailBase
    where TContext : ServiceDbContext
{
    private const string ProgrammeStaff = "programme-staff";
    private const string CsvHeader = "position,horodatage,acteur,role,action,type_cible,cible,trace,champs,empreinte_precedente,empreinte\r\n";

    public override async Task<ListAuditEntriesResponse> ListAuditEntries(ListAuditEntriesRequest request, ServerCallContext context)
    {
        var query = AuditQuery.Read(trail, request);
        var page = await query.Apply(db.AuditTrail.AsNoTracking()).OrderByDescending(e => e.Id).Take(query.PageSize + 1)
            .ToListAsync(context.CancellationToken);
        var response = new ListAuditEntriesResponse();
        response.Entries.AddRange(page.Take(query.PageSize).Select(ToMessage));
        if (page.Count > query.PageSize)
        {
            response.NextPageToken = page[query.PageSize - 1].Id.ToString(CultureInfo.InvariantCulture);
        }
        return response;
    }

    public override async Task ExportAuditEntries(ExportAuditEntriesRequest request, IServerStreamWriter<HttpBody> responseStream, ServerCallContext context)
    {
        var query = AuditQuery.Read(trail, request);
        var cancellationToken = context.CancellationToken;
        await using var output = new HttpBodyChunks(responseStream, "text/csv; charset=utf-8");
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteAsync(CsvHeader);
        await foreach (var entry in query.Apply(db.AuditTrail.AsNoTracking()).OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(CsvLine(entry));
        }
        await writer.FlushAsync(cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    public override async Task<AuditTrailVerification> VerifyAuditTrail(VerifyAuditTrailRequest request, ServerCallContext context)
    {
        AuditQuery.RequireService(trail, request.Service);
        var verification = await AuditVerifier.VerifyAsync(db, context.CancellationToken);
        var response = new AuditTrailVerification
        {
            Intact = verification.Intact,
            EntriesChecked = verification.EntriesChecked,
            HeadPosition = verification.HeadPosition,
            HeadHash = verification.HeadHash,
            Unsealed = verification.Unsealed,
        };
        response.Breaks.AddRange(verification.Breaks.Select(b => new Defis.Contracts.Audit.V1.AuditBreak { Position = b.Position, Description = b.Description }));
        return response;
    }

    private static AuditEntry ToMessage(AuditTrailEntry entry) => new()
    {
        Position = entry.Position ?? 0,
        OccurredAt = Timestamp.FromDateTimeOffset(entry.OccurredAt),
        ActorId = entry.ActorId,
        ActorRole = entry.ActorRole,
        Action = entry.Action,
        TargetType = entry.TargetType,
        TargetId = entry.TargetId,
        TraceId = entry.TraceId ?? "",
        Summary = entry.Summary,
        PreviousHash = entry.PreviousHash ?? "",
        Hash = entry.Hash ?? "",
    };

    private static string CsvLine(AuditTrailEntry entry) => string.Join(',',
        new object?[]
        {
            entry.Position, entry.OccurredAt.ToString("O", CultureInfo.InvariantCulture), Cell(entry.ActorId), Cell(entry.ActorRole),
            entry.Action, entry.TargetType, Cell(entry.TargetId), entry.TraceId, Cell(entry.Summary), entry.PreviousHash, entry.Hash,
        }.Select(CsvField.Of)) + "\r\n";

    private static string Cell(string value) => SpreadsheetText.Neutralised(value);
}
