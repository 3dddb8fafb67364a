using Defis.SharedKernel.Time;

namespace Defis.Jury.Domain;

/// <summary>A dossier waiting for its decision, and when it is due.</summary>
public sealed record InstructionDeadline(DossierProfile Dossier, DateOnly DueOn, DateTimeOffset DueBy, int DaysLeft);

/// <summary>The undecided dossiers whose decision is due within the window, and those already late; each earliest due first.</summary>
public sealed record InstructionAgenda(IReadOnlyList<InstructionDeadline> DueSoon, IReadOnlyList<InstructionDeadline> Overdue);

/// <summary>
/// The decision clock of a rolling call: a decision is due N calendar days after filing (21 in the
/// 2021 call), counted on Europe/Paris dates whatever the hour and the daylight-saving changes in
/// between: filed on 15 October at 23:30 Paris time, due on 5 November, i.e. by the end of that day
/// (midnight Paris time starting 6 November).
/// </summary>
public sealed record InstructionClock(int DecisionDays = 21, int DueSoonDays = 3)
{
    public DateOnly DueOn(DateTimeOffset filedAt) => ParisTime.DateOf(filedAt).AddDays(DecisionDays);

    /// <summary>The instant the due day ends in Paris.</summary>
    public DateTimeOffset DueBy(DateTimeOffset filedAt) => ParisTime.StartOfDay(DueOn(filedAt).AddDays(1));

    /// <summary>
    /// Due soon: due today or within <see cref="DueSoonDays"/> days; overdue: due before today (Paris
    /// dates). <paramref name="undecided"/> are the dossiers still without a released decision.
    /// </summary>
    public InstructionAgenda Agenda(IEnumerable<DossierProfile> undecided, DateTimeOffset now)
    {
        var today = ParisTime.DateOf(now);
        var deadlines = undecided
            .Select(d => (Dossier: d, DueOn: DueOn(d.FiledAt)))
            .Select(x => new InstructionDeadline(x.Dossier, x.DueOn, DueBy(x.Dossier.FiledAt), x.DueOn.DayNumber - today.DayNumber))
            .OrderBy(x => x.DueOn)
            .ThenBy(x => x.Dossier, Comparer<DossierProfile>.Create(DossierProfile.CompareByFiling))
            .ToArray();
        return new InstructionAgenda(
            deadlines.Where(x => x.DaysLeft >= 0 && x.DaysLeft <= DueSoonDays).ToArray(),
            deadlines.Where(x => x.DaysLeft < 0).ToArray());
    }
}
