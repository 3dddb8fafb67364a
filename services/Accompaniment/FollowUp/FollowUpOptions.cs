namespace Defis.Accompaniment.FollowUp;

/// <summary>Bound from "Accompaniment:FollowUp".</summary>
public sealed class FollowUpOptions
{
    /// <summary>How often milestones are checked; announcements depend on the Paris day, so a few minutes is plenty.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many Paris days before its due date a milestone is announced "due soon".</summary>
    public int DueSoonDays { get; set; } = 7;

    /// <summary>Milestones locked and saved per transaction.</summary>
    public int BatchSize { get; set; } = 200;
}
