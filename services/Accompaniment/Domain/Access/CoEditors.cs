using Defis.SharedKernel.Teams;

namespace Defis.Accompaniment.Domain.Access;

/// <summary>
/// The team members a dossier's lead invited to co-edit it, by e-mail, as the dossier's newest filing named them. Read when
/// a call asks rather than copied into the plan: the team may change after the plan opened (a refiling, an erasure).
/// </summary>
public sealed record CoEditors(Guid DossierId, IReadOnlyCollection<string> Emails)
{
    public static CoEditors None(Guid dossierId) => new(dossierId, []);

    /// <summary>An applicant whose token's e-mail is among them: the address a request gives never counts.</summary>
    public bool Include(Caller caller) => caller.Is(AccompanimentRoles.Laureate) && EmailAddress.IsAmong(caller.Email, Emails);
}
