using Defis.Contracts.Funding.V1;
using Defis.Funding.Documents;
using GrantStatus = Defis.Funding.Domain.GrantStatus;
using Defis.Funding.Persistence;
using Defis.SharedKernel.Errors;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Defis.Funding.Grpc;

/// <summary>
/// The open data of grants, for anyone: it shows only what the law makes public (committed grants above 23,000 €),
/// so it needs no caller. An unknown call is NOT_FOUND, as everywhere.
/// </summary>
[AllowAnonymous]
public sealed class OpenDataService(FundingDbContext db, IOptions<AttributingAuthority> authority) : OpenData.OpenDataBase
{
    [AllowAnonymous]
    public override async Task<HttpBody> ExportScdlGrants(ExportScdlGrantsRequest request, ServerCallContext context)
    {
        var (programmeId, json) = Read(request);
        var cancellationToken = context.CancellationToken;
        var code = await db.ProgrammeRules.AsNoTracking().Where(r => r.ProgrammeId == programmeId).Select(r => r.Code)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Programme", request.ProgrammeId);
        if (!authority.Value.IsComplete)
        {
            throw new PreconditionFailedException("OPEN_DATA_NOT_CONFIGURED", "open_data",
                "Les données ouvertes ne sont pas encore publiées : l'identité de l'attribuant (nom et SIRET) n'est pas configurée.");
        }
        var committed = await db.Grants.AsNoTracking()
            .Where(g => g.ProgrammeId == programmeId && (g.Status == GrantStatus.Committed || g.Status == GrantStatus.Adjusted))
            .OrderBy(g => g.CommittedAt).ThenBy(g => g.Id)
            .ToListAsync(cancellationToken);
        var published = committed.Where(ScdlGrants.MustBePublished).ToList();
        var dossierIds = published.Select(g => g.DossierId).ToList();
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => dossierIds.Contains(d.DossierId)).ToDictionaryAsync(d => d.DossierId, cancellationToken);
        var rows = published.Select(g => ScdlGrants.Row(g, dossiers.GetValueOrDefault(g.DossierId), code, authority.Value));
        return json
            ? new HttpBody { ContentType = ScdlFiles.JsonContentType, Data = ByteString.CopyFrom(ScdlFiles.Json(rows)) }
            : new HttpBody { ContentType = ScdlFiles.CsvContentType, Data = ByteString.CopyFrom(ScdlFiles.Csv(rows)) };
    }

    private static (Guid ProgrammeId, bool Json) Read(ExportScdlGrantsRequest request)
    {
        var errors = new FieldViolations();
        var id = errors.Id("programme_id", request.ProgrammeId);
        var format = request.Format.Trim().ToLowerInvariant();
        if (format is not ("" or "csv" or "json"))
        {
            errors.Add("format", "Format attendu : « csv » ou « json ».");
        }
        errors.ThrowIfAny();
        return (id, format == "json");
    }
}
