using Defis.SharedKernel.Errors;
using System.Text.RegularExpressions;
using Defis.Contracts.Submission.V1;
using Defis.Submission.Domain;

namespace Defis.Submission.Grpc;

/// <summary>Field-level checks of a CreateDossier request; every bad field is reported at once.</summary>
public static partial class CreateDossierRequestCheck
{
    public static Domain.LeadStructureType Validate(CreateDossierRequest request)
    {
        var errors = new FieldViolations()
            .RequiredText("title", request.Title, DossierLimits.Title)
            .RequiredText("lead_structure_name", request.LeadStructureName, DossierLimits.LeadStructureName)
            .KnownEnum("lead_structure_type", request.LeadStructureType)
            .Email("contact_email", request.ContactEmail);
        if (string.IsNullOrWhiteSpace(request.ProgrammeCode))
        {
            errors.Add("programme_code", "Ce champ est obligatoire.");
        }
        else if (!ProgrammeCodePattern().IsMatch(request.ProgrammeCode.Trim()))
        {
            errors.Add("programme_code", "Code d'appel invalide : 2 à 16 lettres majuscules ou chiffres (ex. CB21).");
        }
        errors.ThrowIfAny();
        return request.LeadStructureType.ToDomain();
    }

    [GeneratedRegex("^[A-Z0-9]{2,16}$")]
    private static partial Regex ProgrammeCodePattern();
}
