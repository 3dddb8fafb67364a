using Defis.Contracts.Accompaniment.V1;
using Google.Protobuf.WellKnownTypes;

namespace Defis.Portal.Forms;

/// <summary>
/// A session as an organiser schedules it: its call, kind and texts, a start and an end typed as Paris days and times
/// (<see cref="ParisInput"/>), a number of seats, a place or a link, and an optional weekly recurrence (RRULE).
/// </summary>
public sealed class SessionForm
{
    public const string FormId = "formulaire-session";

    /// <summary>Seats no session has: the platform is sure to refuse it, so a capacity not understood schedules nothing.</summary>
    internal const int StandIn = 0;

    public const string BadCapacity = "Indiquez un nombre entier de places, par exemple 20.";
    public const string NoCapacity = "Indiquez le nombre de places.";

    public string? ProgrammeId { get; set; }

    public SessionKind Kind { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? StartDate { get; set; }

    public string? StartTime { get; set; }

    public string? EndDate { get; set; }

    public string? EndTime { get; set; }

    public string? Capacity { get; set; }

    public string? Location { get; set; }

    public string? Url { get; set; }

    public string? Recurrence { get; set; }

    /// <summary>
    /// Each input and the platform's field it edits. A day and its time edit one instant: the platform's word on it goes
    /// next to the day, the first of the two.
    /// </summary>
    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Form_ProgrammeId", "programmeId", "Appel"),
        new("Form_Kind", "kind", "Type de session"),
        new("Form_Title", "title", "Titre"),
        new("Form_Description", "description", "Description"),
        new("Form_StartDate", "start", "Jour du début"),
        new("Form_StartTime", "start", "Heure du début"),
        new("Form_EndDate", "end", "Jour de la fin"),
        new("Form_EndTime", "end", "Heure de la fin"),
        new("Form_Capacity", "capacity", "Nombre de places"),
        new("Form_Location", "location", "Lieu"),
        new("Form_Url", "url", "Lien de connexion"),
        new("Form_Recurrence", "recurrence", "Récurrence"),
    ];

    /// <summary>
    /// The request, with the form's own problems (a day, a time or a capacity it cannot read) in <paramref name="local"/>.
    /// Such an instant is left out and such a capacity sent as <see cref="StandIn"/>: the platform refuses the request
    /// whatever else it says, and still names its other bad fields, so the organiser hears of every problem at once.
    /// </summary>
    public ScheduleSessionsRequest ToRequest(FormErrors local)
    {
        var request = new ScheduleSessionsRequest
        {
            ProgrammeId = ProgrammeId?.Trim() ?? "",
            Kind = Kind,
            Title = Title?.Trim() ?? "",
            Description = Description?.Trim() ?? "",
            Capacity = ReadCapacity(local),
            Location = Location?.Trim() ?? "",
            Url = Url?.Trim() ?? "",
            Recurrence = Recurrence?.Trim() ?? "",
        };
        if (Instant(StartDate, StartTime, "Form_StartDate", "Form_StartTime", local) is { } start)
        {
            request.Start = Timestamp.FromDateTimeOffset(start);
        }
        if (Instant(EndDate, EndTime, "Form_EndDate", "Form_EndTime", local) is { } end)
        {
            request.End = Timestamp.FromDateTimeOffset(end);
        }
        return request;
    }

    /// <summary>A refusal's body as the form's errors, after the form's own (<see cref="FormErrors.FromRefusalBesides"/>).</summary>
    public static FormErrors Refusal(string? body, FormErrors local) => FormErrors.FromRefusalBesides(body, Fields, FormId, local);

    private int ReadCapacity(FormErrors local) => WholeNumber.Read(Capacity, Input("Form_Capacity"), NoCapacity, BadCapacity, StandIn, local);

    private static DateTimeOffset? Instant(string? date, string? time, string dateInput, string timeInput, FormErrors local) =>
        ParisInput.Read(date, time, Input(dateInput), Input(timeInput), local).Instant;

    private static FormField Input(string input) => Fields.First(f => f.Input == input);
}
