using Google.Protobuf.WellKnownTypes;
using Contract = Defis.Contracts.Submission.V1;

namespace Defis.Submission.Grpc;

internal static class DossierMapping
{
    public static Contract.Dossier ToContract(this Domain.Dossier dossier)
    {
        var contract = new Contract.Dossier
        {
            Id = dossier.Id.ToString(),
            ProgrammeCode = dossier.ProgrammeCode,
            Title = dossier.Title,
            LeadStructureName = dossier.LeadStructureName,
            LeadStructureType = (Contract.LeadStructureType)(int)dossier.LeadStructureType,
            ContactEmail = dossier.ContactEmail,
            // Contract and domain statuses share their numbers.
            Status = (Contract.DossierStatus)(int)dossier.Status,
            CreatedAt = Timestamp.FromDateTimeOffset(dossier.CreatedAt),
            Content = dossier.Content.ToContract(),
            Reference = dossier.Reference ?? "",
            UpdatedAt = Timestamp.FromDateTimeOffset(dossier.UpdatedAt),
        };
        if (dossier.SubmittedAt is { } submittedAt)
        {
            contract.SubmittedAt = Timestamp.FromDateTimeOffset(submittedAt);
        }
        contract.Version = dossier.Version;
        contract.SelectedPhase = (Contract.Phase)(int)(dossier.SelectedPhase ?? 0);
        contract.Correction = dossier.Correction?.ToContract();
        contract.CoEditorEmails.AddRange(dossier.CoEditorEmails);
        contract.History.AddRange(dossier.History.Select(ToContract));
        contract.PurgedAt = dossier.PurgedAt is { } purgedAt ? Timestamp.FromDateTimeOffset(purgedAt) : null;
        return contract;
    }

    private static Contract.Correction ToContract(this Domain.CorrectionRequest correction) => new()
    {
        Reasons = { correction.Reasons },
        Deadline = correction.Deadline is { } deadline ? Timestamp.FromDateTimeOffset(deadline) : null,
    };

    private static Contract.StatusChange ToContract(Domain.StatusChange change) => new()
    {
        From = (Contract.DossierStatus)(int)(change.From ?? 0),
        To = (Contract.DossierStatus)(int)change.To,
        By = change.By,
        At = Timestamp.FromDateTimeOffset(change.At),
        Reason = change.Reason ?? "",
    };

    /// <summary>Only for values already checked as defined and specified.</summary>
    public static Domain.LeadStructureType ToDomain(this Contract.LeadStructureType type) => (Domain.LeadStructureType)(int)type;
}
