using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Defis.Submission.Documents;
using Defis.Submission.Persistence;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DossierStatus = Defis.Submission.Domain.DossierStatus;

namespace Defis.Submission.Grpc;

/// <summary>
/// The filing receipt of a dossier, for its team only (its lead and co-editors; anyone else reads NOT_FOUND). Built
/// when asked from the dossier as it stands: outside Draft and ReturnedForCorrection its content cannot change, so
/// it is exactly what was last filed, and so is the hash.
/// </summary>
[Authorize(Roles = Roles.Applicant)]
public sealed class ReceiptsService(SubmissionDbContext db, TimeProvider time) : Receipts.ReceiptsBase
{
    public const string PdfContentType = "application/pdf";

    [Authorize(Roles = Roles.Applicant)]
    public override async Task<HttpBody> GetFilingReceipt(GetFilingReceiptRequest request, ServerCallContext context)
    {
        var id = FieldViolations.RequiredId("dossier_id", request.DossierId);
        var caller = Caller.From(context);
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, context.CancellationToken);
        if (dossier is null || !dossier.IsEditor(new Domain.Actor(caller.UserId, caller.Email, false)))
        {
            throw new NotFoundException("Dossier", request.DossierId);
        }
        var filing = dossier.History.LastOrDefault(h => h.To is DossierStatus.Submitted or DossierStatus.Resubmitted);
        if (filing is null || dossier.Status is DossierStatus.Draft or DossierStatus.ReturnedForCorrection || dossier.Reference is null)
        {
            throw new PreconditionFailedException("NOT_FILED", "dossier_id",
                "Aucun récépissé pour l'instant : le dossier n'est pas déposé, ou il est en cours de correction par l'équipe.");
        }
        // The terms are one JSON column: read the programme, then its title.
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Code == dossier.ProgrammeCode, context.CancellationToken);
        var programmeTitle = programme?.Terms.Title ?? "";
        var receipt = new FilingReceipt(dossier.Reference, dossier.ProgrammeCode, programmeTitle, dossier.Title, dossier.LeadStructureName,
            filing.At, filing.To == DossierStatus.Resubmitted, dossier.Details.Budget.RequestedCents,
            FiledContent.Sha256(dossier.Content.ToContract()), time.GetUtcNow());
        return new HttpBody { ContentType = PdfContentType, Data = ByteString.CopyFrom(ReceiptPdf.Render(receipt)) };
    }
}
