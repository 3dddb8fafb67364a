namespace Defis.Accompaniment.Domain.Milestones;

public enum MilestoneStatus
{
    Planned = 1,
    InProgress = 2,

    /// <summary>The laureate sent evidence; the coach's turn. A submitted milestone is never late.</summary>
    Submitted = 3,

    Validated = 4,

    /// <summary>The Paris due day ended before evidence came; evidence may still be submitted.</summary>
    Late = 5,

    /// <summary>The coach decided, with a reason, that this milestone no longer applies.</summary>
    Waived = 6,
}

public static class MilestoneStatusRules
{
    /// <summary>Still waiting for the laureate: these are the statuses the follow-up watches.</summary>
    public static bool AwaitsLaureate(this MilestoneStatus status) =>
        status is MilestoneStatus.Planned or MilestoneStatus.InProgress or MilestoneStatus.Late;

    public static bool IsClosed(this MilestoneStatus status) => status is MilestoneStatus.Validated or MilestoneStatus.Waived;

    public static string InFrench(this MilestoneStatus status) => status switch
    {
        MilestoneStatus.Planned => "prévu",
        MilestoneStatus.InProgress => "en cours",
        MilestoneStatus.Submitted => "remis",
        MilestoneStatus.Validated => "validé",
        MilestoneStatus.Late => "en retard",
        MilestoneStatus.Waived => "dispensé",
        _ => status.ToString(),
    };
}
