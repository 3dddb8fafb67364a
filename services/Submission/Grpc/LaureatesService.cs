using Defis.Contracts.Submission.V1;
using Defis.SharedKernel.Errors;
using Defis.Submission.Domain;
using Defis.Submission.Persistence;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Phase = Defis.SharedKernel.Phase;

namespace Defis.Submission.Grpc;

/// <summary>
/// The published laureates of a call. Submission records a selection only when the jury releases it
/// (DossierSelected), so what this lists is public by then: anyone may read it, without a token (issue 20), and the
/// gateway caches it until the next release.
/// </summary>
[AllowAnonymous]
public sealed class LaureatesService(SubmissionDbContext db) : Laureates.LaureatesBase
{
    [AllowAnonymous]
    public override async Task<ListLaureatesResponse> ListLaureates(ListLaureatesRequest request, ServerCallContext context)
    {
        var (code, phase) = Read(request);
        var cancellationToken = context.CancellationToken;
        if (!await db.Programmes.AnyAsync(p => p.Code == code && p.Status != Domain.ProgrammeStatus.Draft, cancellationToken))
        {
            throw new NotFoundException("Appel", code);
        }
        var laureates = await db.Dossiers.AsNoTracking()
            .Where(d => d.ProgrammeCode == code && d.SelectedPhase == phase)
            .OrderBy(d => d.Reference)
            .Select(d => new Laureate
            {
                DossierId = d.Id.ToString(), Reference = d.Reference!, Title = d.Title, LeadStructureName = d.LeadStructureName, Theme = d.Theme,
            })
            .ToListAsync(cancellationToken);
        return new ListLaureatesResponse { ProgrammeCode = code, Phase = request.Phase, Laureates = { laureates } };
    }

    private static (string Code, Phase Phase) Read(ListLaureatesRequest request)
    {
        var errors = new FieldViolations();
        var code = request.ProgrammeCode.Trim().ToUpperInvariant();
        if (!ProgrammeTermsCheck.IsProgrammeCode(code))
        {
            errors.Add("programme_code", "Code d'appel attendu, par exemple CB21.");
        }
        if (!Enum.IsDefined(request.Phase) || request.Phase == Contracts.Submission.V1.Phase.Unspecified)
        {
            errors.Add("phase", "Phase attendue : PHASE_EXPLORATION, PHASE_INCUBATION ou PHASE_EXPERIMENTATION.");
        }
        errors.ThrowIfAny();
        return (code, request.Phase.As<Phase>());
    }
}
