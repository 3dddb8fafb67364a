using Google.Protobuf.WellKnownTypes;
using Contract = Defis.Contracts.Submission.V1;

namespace Defis.Submission.Grpc;

internal static class DossierMapping
{
    public static Contract.Dossier ToContract(this Domain.Dossier dossier) => new()
    {
        Id = dossier.Id.ToString(),
        ProgrammeCode = dossier.ProgrammeCode,
        Title = dossier.Title,
        LeadStructureName = dossier.LeadStructureName,
        LeadStructureType = (Contract.LeadStructureType)(int)dossier.LeadStructureType,
        ContactEmail = dossier.ContactEmail,
        Status = dossier.Status switch
        {
            Domain.DossierStatus.Draft => Contract.DossierStatus.Draft,
            _ => Contract.DossierStatus.Unspecified,
        },
        CreatedAt = Timestamp.FromDateTimeOffset(dossier.CreatedAt),
    };

    /// <summary>Only for values already checked as defined and specified.</summary>
    public static Domain.LeadStructureType ToDomain(this Contract.LeadStructureType type) => (Domain.LeadStructureType)(int)type;
}
