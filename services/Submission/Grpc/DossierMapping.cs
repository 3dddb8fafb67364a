using Defis.Contracts.Events;
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
        return contract;
    }

    /// <summary>Only for values already checked as defined and specified.</summary>
    public static Domain.LeadStructureType ToDomain(this Contract.LeadStructureType type) => (Domain.LeadStructureType)(int)type;

    public static DossierSubmitted ToSubmittedEvent(this Domain.Dossier dossier, Guid programmeId, DateTimeOffset now) => new(
        dossier.Id, programmeId, dossier.ProgrammeCode, dossier.Reference!, dossier.Title, dossier.Theme, dossier.TerritoryKeys.ToList(),
        dossier.LeadStructureName, dossier.LeadStructureType.ToString(), dossier.Details.Partners.Select(p => p.Name).ToList(),
        dossier.Details.Budget.RequestedCents, dossier.CreatedBy, dossier.ContactEmail) { OccurredAt = now };

    public static DossierResubmitted ToResubmittedEvent(this Domain.Dossier dossier, string by, DateTimeOffset now) =>
        new(dossier.Id, dossier.Reference!, dossier.Details.Budget.RequestedCents, by) { OccurredAt = now };
}
