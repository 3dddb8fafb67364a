namespace Defis.Jury.Instruction;

/// <summary>Bound from "Jury:DueSoon".</summary>
public sealed class DueSoonOptions
{
    /// <summary>How often rolling calls are checked; announcements depend on the Paris day, so a few minutes is plenty.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many Paris days before its due day a decision is announced due soon (the instruction clock's window).</summary>
    public int DueSoonDays { get; set; } = 3;
}
