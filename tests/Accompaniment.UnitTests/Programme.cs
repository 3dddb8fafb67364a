using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Plans;

namespace Defis.Accompaniment.UnitTests;

/// <summary>A programme shaped like the 2018 call: laureates enter incubation in March 2019, coached by a team of four.</summary>
internal static class Programme
{
    public static readonly Guid Id = Guid.CreateVersion7(new DateTimeOffset(2018, 9, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>When the jury's selection reaches the service (Paris, winter time).</summary>
    public static readonly DateTimeOffset SelectedAt = new(2019, 2, 20, 10, 0, 0, TimeSpan.FromHours(1));

    public static readonly DateOnly IncubationStart = new(2019, 3, 4);

    public static readonly Caller Staff = new("staff-ditp", AccompanimentRoles.ProgrammeStaff);

    public static readonly Caller TeamMember = new("agent-sdis", AccompanimentRoles.Laureate);

    /// <summary>coach-d carries the fewest plans; coach-a and coach-b tie behind her.</summary>
    public static readonly IReadOnlyList<CoachLoad> Team =
        [new("coach-b", 2), new("coach-c", 5), new("coach-a", 2), new("coach-d", 1)];

    public static Caller Coach(string id) => new(id, AccompanimentRoles.Coach);

    public static Change By(Caller caller, DateTimeOffset now) => new(caller, now);

    public static Laureate Laureate(string title = "Secours d'urgence mieux coordonnés", string theme = "Expérience usager",
        string[]? territories = null, string member = "agent-sdis", Phase phase = Phase.Incubation, Guid? programmeId = null) =>
        new(programmeId ?? Id, Guid.CreateVersion7(SelectedAt), phase, title, theme, territories ?? ["Gironde"], new HashSet<string> { member });

    public static SupportPlan Incubation(Laureate? laureate = null, DateOnly? start = null) =>
        SupportPlan.Open(laureate ?? Laureate(), start ?? IncubationStart, Team, PhaseTemplate.DefaultFor(Phase.Incubation),
            By(Staff, SelectedAt)).Plan;

    /// <summary>The single coach the plan got (coach-d with <see cref="Team"/>).</summary>
    public static Change AsCoach(SupportPlan plan, DateTimeOffset now) => By(Coach(plan.CoachIds[0]), now);

    public static Change AsTeam(DateTimeOffset now) => By(TeamMember, now);
}
