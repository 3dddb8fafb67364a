using System.Security.Claims;
using Defis.SharedKernel.Teams;

namespace Defis.ServiceInfrastructure.PersonalData;

/// <summary>
/// Whose data is exported: the signed-in person as the token names them (subject, and the address some services know
/// them by, e.g. a dossier's invited team member), never a request field.
/// </summary>
public sealed record PersonalDataSubject(string Id, string? Email)
{
    internal static PersonalDataSubject? Of(ClaimsPrincipal? user)
    {
        var subject = user?.Identity?.IsAuthenticated == true ? user.FindFirst("sub")?.Value : null;
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }
        var email = user!.FindFirst("email")?.Value;
        return new PersonalDataSubject(subject, string.IsNullOrWhiteSpace(email) ? null : EmailAddress.Normalised(email));
    }
}
