using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Events;
using Defis.Accompaniment.Domain.Time;
using Defis.SharedKernel.Errors;
using Defis.SharedKernel.Time;

namespace Defis.Accompaniment.Domain.Plans;

public sealed partial class SupportPlan
{
    public const int ClosureReasonMaxLength = 500;

    /// <summary>When the plan was closed; null while it runs. A closed plan is kept (and read) as it stood.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Why, in French, as people read it on the plan.</summary>
    public string? ClosureReason { get; private set; }

    public bool IsClosed => ClosedAt is not null;

    /// <summary>
    /// Closes the plan, typically because the jury took its selection back. Closing a closed plan raises nothing:
    /// a redelivered or repeated verdict must not announce a second closure.
    /// </summary>
    public SupportPlanClosed? Close(string reason, Change change)
    {
        new FieldViolations().RequiredText("reason", reason, ClosureReasonMaxLength).ThrowIfAny();
        if (IsClosed)
        {
            return null;
        }
        (ClosedAt, ClosureReason) = (change.Now, reason.Trim());
        return new(EventHeader.For(change), Id, ProgrammeId, DossierId, Phase, ClosureReason);
    }

    /// <summary>The jury selected the dossier again: the plan resumes with its coaches and milestones as they were.</summary>
    public SupportPlanReopened? Reopen(Change change)
    {
        if (!IsClosed)
        {
            return null;
        }
        (ClosedAt, ClosureReason) = (null, null);
        return new(EventHeader.For(change), Id, ProgrammeId, DossierId, Phase);
    }

    /// <summary>Every change starts by checking who acts, then this: nothing changes on a closed plan, whoever asks.</summary>
    private void RequireRunning()
    {
        if (ClosedAt is { } closedAt)
        {
            throw new PreconditionFailedException("PLAN_CLOSED", "plan",
                $"Ce plan d'accompagnement est clos depuis le {ParisCalendar.InFrench(ParisTime.DateOf(closedAt))} ({ClosureReason}) : il ne peut plus être modifié.");
        }
    }
}
