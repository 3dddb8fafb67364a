using Defis.Contracts.Funding.V1;
using Defis.Funding.Documents;
using Grant = Defis.Funding.Domain.Grant;
using GrantStatus = Defis.Funding.Domain.GrantStatus;
using Defis.Funding.Persistence;
using Defis.SharedKernel.Errors;
using Defis.SharedKernel.Time;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Defis.Funding.Grpc;

/// <summary>
/// The open data of grants, for anyone: it shows only what the law makes public (committed grants of the beneficiaries
/// who received more than 23,000 € in a year),
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
        var committed = await Committed(g => g.ProgrammeId == programmeId).OrderBy(g => g.CommittedAt).ThenBy(g => g.Id).ToListAsync(cancellationToken);
        var sameYears = await SameYearsAsync(committed, cancellationToken);
        var dossierIds = sameYears.Select(g => g.DossierId).Distinct().ToList();
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => dossierIds.Contains(d.DossierId)).ToDictionaryAsync(d => d.DossierId, cancellationToken);
        var toPublish = ScdlGrants.MustBePublished(sameYears.Select(g => (g, dossiers.GetValueOrDefault(g.DossierId))));
        var published = committed.Where(g => toPublish.Contains(g.Id));
        var rows = published.Select(g => ScdlGrants.Row(g, dossiers.GetValueOrDefault(g.DossierId), code, authority.Value));
        return json
            ? new HttpBody { ContentType = ScdlFiles.JsonContentType, Data = ByteString.CopyFrom(ScdlFiles.Json(rows)) }
            : new HttpBody { ContentType = ScdlFiles.CsvContentType, Data = ByteString.CopyFrom(ScdlFiles.Csv(rows)) };
    }

    private IQueryable<Grant> Committed(System.Linq.Expressions.Expression<Func<Grant, bool>> filter) =>
        db.Grants.AsNoTracking().Where(g => g.Status == GrantStatus.Committed || g.Status == GrantStatus.Adjusted).Where(filter);

    /// <summary>
    /// The threshold is per beneficiary and year, every call together: the committed grants of every call in the Paris
    /// years of <paramref name="grants"/> (read from a day before to a day after them; the grouping by year is exact).
    /// </summary>
    private async Task<List<Grant>> SameYearsAsync(IReadOnlyList<Grant> grants, CancellationToken cancellationToken)
    {
        var years = grants.Where(g => g.CommittedAt is not null).Select(g => ParisTime.DateOf(g.CommittedAt!.Value).Year).ToList();
        if (years.Count == 0)
        {
            return [];
        }
        var (from, to) = (new DateTimeOffset(years.Min(), 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(-1),
            new DateTimeOffset(years.Max() + 1, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(1));
        return await Committed(g => g.CommittedAt >= from && g.CommittedAt < to).ToListAsync(cancellationToken);
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
