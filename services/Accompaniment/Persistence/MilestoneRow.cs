using Defis.Accompaniment.Domain.Milestones;

namespace Defis.Accompaniment.Persistence;

/// <summary>One milestone as stored; the follow-up scheduler reads and locks these rows across plans.</summary>
public sealed class MilestoneRow
{
    public Guid Id { get; set; }

    public Guid PlanId { get; set; }

    public string Title { get; set; } = "";

    public DateOnly Due { get; set; }

    public MilestoneStatus Status { get; set; }

    public string? EvidenceText { get; set; }

    public string? EvidenceLink { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? ValidatedAt { get; set; }

    public string? ValidatedBy { get; set; }

    public string? Note { get; set; }

    public DateOnly? DueSoonAnnouncedFor { get; set; }

    public DateOnly? OverdueAnnouncedFor { get; set; }

    public static MilestoneRow From(MilestoneRecord record)
    {
        var row = new MilestoneRow { Id = record.Id, PlanId = record.PlanId };
        row.CopyFrom(record);
        return row;
    }

    public void CopyFrom(MilestoneRecord record)
    {
        Title = record.Title;
        Due = record.Due;
        Status = record.Status;
        EvidenceText = record.Evidence?.Text;
        EvidenceLink = record.Evidence?.Link?.AbsoluteUri;
        SubmittedAt = record.SubmittedAt;
        ValidatedAt = record.ValidatedAt;
        ValidatedBy = record.ValidatedBy;
        Note = record.Note;
        DueSoonAnnouncedFor = record.DueSoonAnnouncedFor;
        OverdueAnnouncedFor = record.OverdueAnnouncedFor;
    }

    /// <summary>The purge (decision 0032): what the team sent (text and link to its files) and the note on it go; status and dates stay.</summary>
    public void ForgetEvidence() => (EvidenceText, EvidenceLink, Note) = (null, null, null);

    public MilestoneRecord ToRecord() =>
        new(Id, PlanId, Title, Due, Status, EvidenceOrNull(), SubmittedAt, ValidatedAt, ValidatedBy, Note, DueSoonAnnouncedFor, OverdueAnnouncedFor);

    private Evidence? EvidenceOrNull() =>
        EvidenceText is null && EvidenceLink is null ? null : new Evidence(EvidenceText, EvidenceLink is null ? null : new Uri(EvidenceLink, UriKind.Absolute));
}
