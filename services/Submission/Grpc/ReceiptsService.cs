using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel;
using Defis.SharedKernel.Errors;
using Defis.ServiceInfrastructure.Documents;
using Defis.Submission.Documents;
using Defis.Submission.Persistence;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Dossier = Defis.Submission.Domain.Dossier;
using Phase = Defis.SharedKernel.Phase;
using DossierStatus = Defis.Submission.Domain.DossierStatus;

namespace Defis.Submission.Grpc;

/// <summary>
/// The documents of a dossier, for its team only (its lead and co-editors; anyone else reads NOT_FOUND), rendered when
/// asked. The filing receipt is built from the dossier as it stands: outside Draft and ReturnedForCorrection its
/// content cannot change, so it is exactly what was last filed, and so is the hash. A decision letter is built from
/// the newest released verdict Submission applied for the phase (decision 0019).
/// </summary>
[Authorize(Roles = Roles.Applicant)]
public sealed class ReceiptsService(SubmissionDbContext db, TimeProvider time) : Receipts.ReceiptsBase
{
    public const string PdfContentType = "application/pdf";

    [Authorize(Roles = Roles.Applicant)]
    public override async Task<HttpBody> GetFilingReceipt(GetFilingReceiptRequest request, ServerCallContext context)
    {
        var dossier = await TeamDossierAsync(FieldViolations.RequiredId("dossier_id", request.DossierId), request.DossierId, context);
        var filing = dossier.History.LastOrDefault(h => h.To is DossierStatus.Submitted or DossierStatus.Resubmitted);
        if (filing is null || dossier.Status is DossierStatus.Draft or DossierStatus.ReturnedForCorrection || dossier.Reference is null)
        {
            throw new PreconditionFailedException("NOT_FILED", "dossier_id",
                "Aucun récépissé pour l'instant : le dossier n'est pas déposé, ou il est en cours de correction par l'équipe.");
        }
        var receipt = new FilingReceipt(dossier.Reference, dossier.ProgrammeCode, await ProgrammeTitleAsync(dossier, context), dossier.Title,
            dossier.LeadStructureName, filing.At, filing.To == DossierStatus.Resubmitted, dossier.Details.Budget.RequestedCents,
            FiledContent.Sha256(dossier.Content.ToContract()), time.GetUtcNow());
        return Pdf(ReceiptPdf.Render(receipt));
    }

    [Authorize(Roles = Roles.Applicant)]
    public override async Task<HttpBody> GetDecisionLetter(GetDecisionLetterRequest request, ServerCallContext context)
    {
        var (id, phase) = Check(request);
        var dossier = await TeamDossierAsync(id, request.DossierId, context);
        var verdict = await db.JuryVerdicts.AsNoTracking().SingleOrDefaultAsync(v => v.DossierId == id && v.Phase == phase, context.CancellationToken);
        if (verdict is null || dossier.Reference is null)
        {
            throw new PreconditionFailedException("NO_DECISION", "phase",
                $"Aucune décision du jury n'a encore été publiée pour ce dossier en phase d'{phase.InFrench()} : le courrier sera disponible dès sa publication.");
        }
        var replaced = verdict.Corrects ? new ReplacedDecision(verdict.ReplacedDecisionId, verdict.ReplacedDecidedAt, verdict.ReplacedSelected) : null;
        var letter = new DecisionLetter(dossier.Reference, dossier.ProgrammeCode, await ProgrammeTitleAsync(dossier, context), dossier.Title,
            dossier.LeadStructureName, phase.ToString(), verdict.Selected, verdict.Rationale, verdict.DecisionId, verdict.DecidedAt, replaced,
            time.GetUtcNow());
        return Pdf(DecisionLetterPdf.Render(letter));
    }

    private static (Guid Id, Phase Phase) Check(GetDecisionLetterRequest request)
    {
        var violations = new FieldViolations();
        var id = violations.Id("dossier_id", request.DossierId);
        if (!PhaseNames.TryParse(request.Phase, out var phase))
        {
            violations.Add("phase", string.IsNullOrWhiteSpace(request.Phase)
                ? "Ce champ est obligatoire."
                : "Phase inconnue : Exploration, Incubation ou Experimentation attendue.");
        }
        violations.ThrowIfAny();
        return (id, phase);
    }

    private async Task<Dossier> TeamDossierAsync(Guid id, string requestedId, ServerCallContext context)
    {
        var caller = Caller.From(context);
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, context.CancellationToken);
        return dossier is not null && dossier.IsEditor(new Domain.Actor(caller.UserId, caller.Email, false))
            ? dossier
            : throw new NotFoundException("Dossier", requestedId);
    }

    // The terms are one JSON column: read the programme, then its title.
    private async Task<string> ProgrammeTitleAsync(Dossier dossier, ServerCallContext context)
    {
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Code == dossier.ProgrammeCode, context.CancellationToken);
        return programme?.Terms.Title ?? "";
    }

    private static HttpBody Pdf(byte[] bytes) => new() { ContentType = PdfContentType, Data = ByteString.CopyFrom(bytes) };
}
