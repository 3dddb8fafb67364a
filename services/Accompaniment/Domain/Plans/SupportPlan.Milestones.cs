using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Events;
using Defis.Accompaniment.Domain.Milestones;
using Defis.Accompaniment.Domain.Time;
using Defis.SharedKernel.Errors;

namespace Defis.Accompaniment.Domain.Plans;

public sealed partial class SupportPlan
{
    /// <summary>The coach adds a milestone of their own, due on or after the plan's first day.</summary>
    public MilestoneAdded AddMilestone(string title, DateOnly due, Change change)
    {
        RequireCoach(change, "ajouter un jalon");
        var violations = new FieldViolations().RequiredText("title", title, Milestone.TitleMaxLength);
        CheckDue(violations, due);
        violations.ThrowIfAny();
        var milestone = Milestone.Plan(Id, title, due, change.Now);
        _milestones.Add(milestone);
        return new(EventHeader.For(change), Id, milestone.Id, milestone.Title, milestone.Due);
    }

    public MilestoneRescheduled RescheduleMilestone(Guid milestoneId, DateOnly due, Change change)
    {
        RequireCoach(change, "replanifier un jalon");
        var milestone = Find(milestoneId);
        var violations = new FieldViolations();
        CheckDue(violations, due);
        violations.ThrowIfAny();
        RequireOpen(milestone, "replanifié");
        var previous = milestone.Due;
        milestone.Reschedule(due, change.Now);
        return new(EventHeader.For(change), Id, milestone.Id, previous, due);
    }

    public MilestoneWaived WaiveMilestone(Guid milestoneId, string reason, Change change)
    {
        RequireCoach(change, "dispenser l'équipe d'un jalon");
        var milestone = Find(milestoneId);
        new FieldViolations().RequiredText("reason", reason, Milestone.ReasonMaxLength).ThrowIfAny();
        RequireOpen(milestone, "dispensé");
        milestone.Waive(reason);
        return new(EventHeader.For(change), Id, milestone.Id, milestone.Note!);
    }

    /// <summary>The laureate says work has begun; only a planned milestone can start.</summary>
    public MilestoneStarted StartMilestone(Guid milestoneId, Change change)
    {
        RequireLaureate(change, "démarrer un jalon");
        var milestone = Find(milestoneId);
        RequireStatus(milestone, "Seul un jalon prévu peut être démarré.", MilestoneStatus.Planned);
        milestone.Start();
        return new(EventHeader.For(change), Id, milestone.Id);
    }

    /// <summary>The laureate sends evidence; allowed late too (a late milestone is still worth validating).</summary>
    public MilestoneSubmitted SubmitEvidence(Guid milestoneId, string? text, string? link, Change change)
    {
        RequireLaureate(change, "remettre un justificatif de jalon");
        var milestone = Find(milestoneId);
        var evidence = Evidence.Create(text, link);
        RequireStatus(milestone, $"Ce jalon est {milestone.Status.InFrench()} : il n'attend plus de justificatif.",
            MilestoneStatus.Planned, MilestoneStatus.InProgress, MilestoneStatus.Late);
        milestone.Submit(evidence, change.Now);
        return new(EventHeader.For(change), Id, milestone.Id);
    }

    /// <summary>The coach accepts the evidence. The outcome is what releases a funding tranche.</summary>
    public MilestoneValidated ValidateMilestone(Guid milestoneId, Change change)
    {
        RequireCoach(change, "valider un jalon");
        var milestone = Find(milestoneId);
        RequireStatus(milestone, $"Seul un jalon remis peut être validé ; celui-ci est {milestone.Status.InFrench()}.",
            MilestoneStatus.Submitted);
        milestone.Validate(change.By.UserId, change.Now);
        return new(EventHeader.For(change), Id, ProgrammeId, DossierId, Phase, milestone.Id, milestone.Title);
    }

    /// <summary>The coach sends the evidence back with a comment; the milestone is again awaited (late if its day has passed).</summary>
    public MilestoneReturned ReturnMilestone(Guid milestoneId, string comment, Change change)
    {
        RequireCoach(change, "renvoyer un justificatif");
        var milestone = Find(milestoneId);
        new FieldViolations().RequiredText("comment", comment, Milestone.ReasonMaxLength).ThrowIfAny();
        RequireStatus(milestone, $"Seul un jalon remis peut être renvoyé ; celui-ci est {milestone.Status.InFrench()}.",
            MilestoneStatus.Submitted);
        milestone.Return(comment, change.Now);
        return new(EventHeader.For(change), Id, milestone.Id, milestone.Note!);
    }

    private void CheckDue(FieldViolations violations, DateOnly due)
    {
        if (due < Start)
        {
            violations.Add("due", $"L'échéance ({ParisCalendar.InFrench(due)}) précède le début de l'accompagnement ({ParisCalendar.InFrench(Start)}).");
        }
    }

    private static void RequireOpen(Milestone milestone, string what)
    {
        if (milestone.Status.IsClosed())
        {
            throw new PreconditionFailedException("MILESTONE_STATE", "milestone",
                $"Ce jalon est {milestone.Status.InFrench()} : il ne peut plus être {what}.");
        }
    }

    private static void RequireStatus(Milestone milestone, string description, params MilestoneStatus[] allowed)
    {
        if (!allowed.Contains(milestone.Status))
        {
            throw new PreconditionFailedException("MILESTONE_STATE", "milestone", description);
        }
    }
}
