using Defis.SharedKernel.Time;
using Defis.Accompaniment.Domain.Time;

namespace Defis.Accompaniment.Domain.Milestones;

/// <summary>
/// A dated step of a support plan. It belongs to its plan (changes go through <c>SupportPlan</c>, which
/// checks who acts) but it is also a row of its own: the follow-up scheduler loads the milestones that
/// are due, across plans, and needs nothing else. That is why what was already announced lives here,
/// as the due date each announcement was made for: it survives a restart, and a new due date re-arms it.
/// </summary>
public sealed class Milestone
{
    public const int TitleMaxLength = 200;
    public const int ReasonMaxLength = 1_000;

    private Milestone(MilestoneRecord record)
    {
        Id = record.Id;
        PlanId = record.PlanId;
        Title = record.Title;
        Due = record.Due;
        Status = record.Status;
        Evidence = record.Evidence;
        SubmittedAt = record.SubmittedAt;
        ValidatedAt = record.ValidatedAt;
        ValidatedBy = record.ValidatedBy;
        Note = record.Note;
        DueSoonAnnouncedFor = record.DueSoonAnnouncedFor;
        OverdueAnnouncedFor = record.OverdueAnnouncedFor;
    }

    public Guid Id { get; }

    public Guid PlanId { get; }

    public string Title { get; private set; }

    /// <summary>The Europe/Paris calendar day by which it is due (included).</summary>
    public DateOnly Due { get; private set; }

    public MilestoneStatus Status { get; private set; }

    public Evidence? Evidence { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? ValidatedAt { get; private set; }

    public string? ValidatedBy { get; private set; }

    /// <summary>The waiver's reason, or the coach's comment when the evidence was sent back.</summary>
    public string? Note { get; private set; }

    public DateOnly? DueSoonAnnouncedFor { get; private set; }

    public DateOnly? OverdueAnnouncedFor { get; private set; }

    /// <summary>True once the Paris day <see cref="Due"/> has ended and the laureate still owes the evidence.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => Status.AwaitsLaureate() && ParisTime.DateOf(now) > Due;

    public MilestoneRecord ToRecord() =>
        new(Id, PlanId, Title, Due, Status, Evidence, SubmittedAt, ValidatedAt, ValidatedBy, Note, DueSoonAnnouncedFor, OverdueAnnouncedFor);

    /// <summary>Rebuilds a milestone exactly as it was saved, e.g. by the scheduler after a restart.</summary>
    public static Milestone Restore(MilestoneRecord record) => new(record);

    internal static Milestone Plan(Guid planId, string title, DateOnly due, DateTimeOffset now) =>
        new(new MilestoneRecord(Guid.CreateVersion7(now), planId, title.Trim(), due, MilestoneStatus.Planned,
            null, null, null, null, null, null, null));

    internal void Start() => Status = MilestoneStatus.InProgress;

    internal void Reschedule(DateOnly due, DateTimeOffset now)
    {
        Due = due;
        if (Status == MilestoneStatus.Late && !IsOverdueAt(now))
        {
            // Late only because of the old date: the laureate is back to work on it.
            Status = MilestoneStatus.InProgress;
        }
    }

    internal void Waive(string reason)
    {
        Status = MilestoneStatus.Waived;
        Note = reason.Trim();
    }

    internal void Submit(Evidence evidence, DateTimeOffset now)
    {
        Evidence = evidence;
        SubmittedAt = now;
        Status = MilestoneStatus.Submitted;
        Note = null;
    }

    internal void Return(string comment, DateTimeOffset now)
    {
        Note = comment.Trim();
        Status = ParisTime.DateOf(now) > Due ? MilestoneStatus.Late : MilestoneStatus.InProgress;
    }

    internal void Validate(string coachId, DateTimeOffset now)
    {
        Status = MilestoneStatus.Validated;
        ValidatedAt = now;
        ValidatedBy = coachId;
    }

    internal void MarkLate() => Status = MilestoneStatus.Late;

    internal void RecordDueSoonAnnounced() => DueSoonAnnouncedFor = Due;

    internal void RecordOverdueAnnounced() => OverdueAnnouncedFor = Due;
}

/// <summary>What persistence stores for one milestone (one row; the evidence as two nullable columns).</summary>
public sealed record MilestoneRecord(Guid Id, Guid PlanId, string Title, DateOnly Due, MilestoneStatus Status, Evidence? Evidence,
    DateTimeOffset? SubmittedAt, DateTimeOffset? ValidatedAt, string? ValidatedBy, string? Note,
    DateOnly? DueSoonAnnouncedFor, DateOnly? OverdueAnnouncedFor);
