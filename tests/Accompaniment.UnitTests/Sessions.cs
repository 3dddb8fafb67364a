using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Sessions;
using Defis.Accompaniment.Domain.Time;

namespace Defis.Accompaniment.UnitTests;

/// <summary>Sessions of the two calls: the 2018 preparation workshop and the 2021 Friday webinars.</summary>
internal static class Sessions
{
    public static readonly DateTimeOffset PlannedAt = new(2018, 9, 20, 9, 0, 0, TimeSpan.FromHours(2));

    public static readonly Caller Organiser = new("staff-ditp", AccompanimentRoles.ProgrammeStaff);

    public static Change ByOrganiser(DateTimeOffset now) => new(Organiser, now);

    public static Change ByCandidate(string userId, DateTimeOffset now) => new(new Caller(userId, AccompanimentRoles.Candidate), now);

    public static Registrant Person(string userId) => new(userId, $"{userId}@exemple.gouv.fr");

    /// <summary>Monday 15 October 2018, 14:00–17:30 in Paris.</summary>
    public static SessionDraft Workshop(int capacity = 40) => new(Programme.Id, SessionKind.PreparationWorkshop,
        "Atelier de préparation des candidatures",
        "Présentation du cahier des charges, questions-réponses ; venez avec votre équipe, votre défi et vos premières idées de terrain.",
        ParisCalendar.At(new DateOnly(2018, 10, 15), new TimeOnly(14, 0)), ParisCalendar.At(new DateOnly(2018, 10, 15), new TimeOnly(17, 30)),
        capacity, "Salle Condorcet, 2e étage ; Paris 7e, métro Ségur", null);

    public static Session ScheduledWorkshop(int capacity = 40) => Session.Schedule(Workshop(capacity), ByOrganiser(PlannedAt)).Session;

    /// <summary>Friday 3 September 2021, 11:00–12:00 in Paris, online.</summary>
    public static SessionDraft Webinar() => new(Programme.Id, SessionKind.InfoWebinar, "Webinaire d'information sur l'appel à défis",
        null, ParisCalendar.At(new DateOnly(2021, 9, 3), new TimeOnly(11, 0)), ParisCalendar.At(new DateOnly(2021, 9, 3), new TimeOnly(12, 0)),
        300, null, "https://visio.example.gouv.fr/webinaire?salle=defis&code=2021");
}
