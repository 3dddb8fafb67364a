using Defis.SharedKernel.Errors;

namespace Defis.Jury.Domain;

/// <summary>
/// Who performs an action. The application layer builds it from the authenticated caller; programme
/// staff (the programme team's administrators) are the only ones who configure panels, assign
/// reviewers and override conflicts of interest.
/// </summary>
public sealed record Actor(string UserId, bool IsProgrammeStaff = false)
{
    /// <summary>The service acting on its own (an event arrived): staff rights, named in the audit trail.</summary>
    public static Actor JuryService { get; } = new("system:jury", IsProgrammeStaff: true);

    public void EnsureProgrammeStaff()
    {
        if (!IsProgrammeStaff)
        {
            throw new PermissionDeniedException("Action réservée à l'équipe du programme.");
        }
    }
}
