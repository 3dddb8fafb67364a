using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Defis.SharedKernel.Teams;
using Defis.Submission.Domain;
using Defis.Submission.Outgoing;
using Defis.Submission.Persistence;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Defis.Submission.Grpc;

/// <summary>A person's erasure, started by programme staff (RGPD art. 17, decision 0032): Submission's part.</summary>
public sealed class ErasuresService(SubmissionDbContext db, TimeProvider time) : Erasures.ErasuresBase
{
    /// <summary>
    /// One transaction under the dossiers' row locks: each purge is saved with its DossierPurged, and each co-editor's
    /// removal with its DossierCoEditorsChanged, or none is.
    /// </summary>
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<ErasePersonDataResponse> ErasePersonData(ErasePersonDataRequest request, ServerCallContext context)
    {
        new FieldViolations()
            .RequiredText("user_id", request.UserId, DossierLimits.UserId)
            .Email("email", request.Email, required: false)
            .ThrowIfAny();
        var person = Actor.Applicant(request.UserId.Trim(), string.IsNullOrWhiteSpace(request.Email) ? null : EmailAddress.Normalised(request.Email));
        var email = person.Email ?? "";
        var cancellationToken = context.CancellationToken;
        var outcomes = await db.InTransactionAsync(async () =>
        {
            var dossiers = await db.Dossiers
                .FromSql($"SELECT * FROM dossiers WHERE created_by = {person.UserId} OR {email} = ANY (co_editor_emails) ORDER BY id FOR UPDATE")
                .ToListAsync(cancellationToken);
            var now = time.GetUtcNow();
            // The query selects; the domain decides again what is the person's, so a loose filter cannot purge another's dossier.
            var erased = dossiers.Select(d => d.EraseFor(person, now)).OfType<Domain.DossierErasure>().ToList();
            foreach (var purged in dossiers.Where(d => erased.Any(e => e.Purged && e.DossierId == d.Id)))
            {
                db.AddIntegrationEvent(purged.ToPurgedEvent(DossierPurgeReason.Erasure, now));
            }
            // The services that keep the team (Funding, Correspondence, Notification) forget the person too.
            foreach (var left in dossiers.Where(d => erased.Any(e => e.CoEditorRemoved && e.DossierId == d.Id)))
            {
                db.AddIntegrationEvent(left.ToCoEditorsChangedEvent(now));
            }
            return erased;
        }, cancellationToken);
        return new ErasePersonDataResponse { Dossiers = { outcomes.Select(ToContract) } };
    }

    private static Contracts.Submission.V1.DossierErasure ToContract(Domain.DossierErasure erasure) => new()
    {
        DossierId = erasure.DossierId.ToString(),
        Reference = erasure.Reference ?? "",
        ProgrammeCode = erasure.ProgrammeCode,
        Outcome = erasure.Purged ? ErasureOutcome.Purged : ErasureOutcome.Kept,
        Reason = erasure.KeptBecause ?? "",
        Lead = erasure.Lead,
        CoEditorRemoved = erasure.CoEditorRemoved,
    };
}
