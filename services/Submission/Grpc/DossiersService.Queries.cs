using Defis.Contracts.Submission.V1;
using Defis.SharedKernel.Errors;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Teams;
using Defis.Submission.Domain;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DossierContract = Defis.Contracts.Submission.V1.Dossier;
using DossierStatus = Defis.Submission.Domain.DossierStatus;

namespace Defis.Submission.Grpc;

/// <summary>Reads: one dossier by reference, lists in pages, counts and the drafts due for a reminder.</summary>
public sealed partial class DossiersService
{
    [Authorize(Roles = $"{Roles.Applicant},{Roles.ProgrammeStaff},{Roles.Juror},{Roles.PanelPresident}")]
    public override async Task<DossierContract> GetDossierByReference(GetDossierByReferenceRequest request, ServerCallContext context)
    {
        if (!DossierReference.IsWellFormed(request.Reference))
        {
            new FieldViolations().Add("reference", "Référence attendue sous la forme CODE-0042, par exemple CB21-0042.").ThrowIfAny();
        }
        var reference = request.Reference.Trim().ToUpperInvariant();
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Reference == reference, context.CancellationToken);
        return (await ReadableOrNotFoundAsync(dossier, context, request.Reference)).ToContract();
    }

    [Authorize(Roles = $"{Roles.Applicant},{Roles.ProgrammeStaff}")]
    public override async Task<ListDossiersResponse> ListDossiers(ListDossiersRequest request, ServerCallContext context)
    {
        var list = DossierListRequest.Read(request);
        var query = VisibleTo(ActorOf(context));
        query = list.ProgrammeCode is { } code ? query.Where(d => d.ProgrammeCode == code) : query;
        query = list.Status is { } status ? query.Where(d => d.Status == status) : query;
        query = list.Theme is { } theme ? query.Where(d => d.Theme == theme) : query;
        query = list.TerritoryKey is { } territory ? query.Where(d => d.TerritoryKeys.Contains(territory)) : query;
        return await PageAsync(query, list.PageSize, list.After, context.CancellationToken);
    }

    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<CountDossiersResponse> CountDossiers(CountDossiersRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var code = ProgrammeCode(errors, request.ProgrammeCode);
        errors.ThrowIfAny();
        var counts = await db.Dossiers.AsNoTracking().Where(d => d.ProgrammeCode == code)
            .GroupBy(d => d.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(context.CancellationToken);
        var response = new CountDossiersResponse { Total = counts.Sum(c => c.Count) };
        response.Counts.AddRange(Enum.GetValues<DossierStatus>().Select(status => new CountDossiersResponse.Types.StatusCount
        {
            Status = (Contracts.Submission.V1.DossierStatus)(int)status,
            Count = counts.SingleOrDefault(c => c.Status == status)?.Count ?? 0,
        }));
        return response;
    }

    /// <summary>Empty when the call is not open or closes later than <c>days</c> from now.</summary>
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<ListDossiersResponse> ListDraftsDueForReminder(ListDraftsDueForReminderRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var code = ProgrammeCode(errors, request.ProgrammeCode);
        if (request.Days is < 1 or > 60)
        {
            errors.Add("days", $"Entre 1 et 60 jours (reçu : {request.Days}).");
        }
        var pageSize = DossierListRequest.ReadPageSize(errors, request.PageSize);
        var after = DossierListRequest.ReadPageToken(errors, request.PageToken);
        errors.ThrowIfAny();
        var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, context.CancellationToken)
            ?? throw new NotFoundException("Appel", code);
        var now = time.GetUtcNow();
        var due = programme.IsOpenAt(now) && programme.ClosesAt - now <= TimeSpan.FromDays(request.Days);
        var drafts = db.Dossiers.AsNoTracking().Where(d => due && d.ProgrammeCode == programme.Code && d.Status == DossierStatus.Draft);
        return await PageAsync(drafts, pageSize, after, context.CancellationToken);
    }

    private IQueryable<Domain.Dossier> VisibleTo(Actor actor)
    {
        var dossiers = db.Dossiers.AsNoTracking();
        if (actor.IsProgrammeStaff)
        {
            return dossiers;
        }
        var email = EmailAddress.Normalised(actor.Email);
        return dossiers.Where(d => d.CreatedBy == actor.UserId || d.CoEditorEmails.Contains(email));
    }

    /// <summary>Newest first; the id (UUID v7) orders and resumes the list, so pages neither skip nor repeat.</summary>
    private static async Task<ListDossiersResponse> PageAsync(IQueryable<Domain.Dossier> query, int pageSize, Guid? after, CancellationToken cancellationToken)
    {
        if (after is { } last)
        {
            query = query.Where(d => d.Id.CompareTo(last) < 0);
        }
        var page = await query.OrderByDescending(d => d.Id).Take(pageSize).ToListAsync(cancellationToken);
        return new ListDossiersResponse
        {
            Dossiers = { page.Select(d => d.ToContract()) },
            NextPageToken = DossierListRequest.NextPageToken(page, pageSize, d => d.Id),
        };
    }

    private static string ProgrammeCode(FieldViolations errors, string code)
    {
        var normalized = code.Trim().ToUpperInvariant();
        if (!ProgrammeTermsCheck.IsProgrammeCode(normalized))
        {
            errors.Add("programme_code", "Code d'appel attendu, par exemple CB21.");
        }
        return normalized;
    }
}
