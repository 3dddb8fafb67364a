using System.Globalization;
using Defis.Contracts.Accompaniment.V1;
using Defis.SharedKernel.Time;

namespace Defis.Portal.Display;

/// <summary>Accompaniment's sessions as people read them: their kind, their Paris time, seats and the waiting list.</summary>
public static partial class French
{
    /// <summary>What an organiser may schedule, in the form's order.</summary>
    public static readonly IReadOnlyList<(SessionKind Value, string Label)> SessionKinds =
    [
        (SessionKind.InfoWebinar, "Webinaire d'information"),
        (SessionKind.PreparationWorkshop, "Atelier de préparation"),
        (SessionKind.Coaching, "Séance d'accompagnement"),
    ];

    /// <summary>
    /// E.g. « mardi 3 mars 2026, de 14:00 à 16:00 », in Paris; a session running past midnight names both days, so
    /// nobody reads its end as the same evening's.
    /// </summary>
    public static string When(Session session)
    {
        if (session.Start is null || session.End is null)
        {
            return "—";
        }
        var start = ParisTime.ToParis(session.Start.ToDateTimeOffset());
        var end = ParisTime.ToParis(session.End.ToDateTimeOffset());
        return start.Date == end.Date
            ? $"{start.ToString("dddd d MMMM yyyy", FrenchCulture)}, de {start.ToString("HH:mm", FrenchCulture)} à {end.ToString("HH:mm", FrenchCulture)}"
            : $"du {ParisTime.Format(start)} au {ParisTime.Format(end)}";
    }

    /// <summary>« 3 places sur 20 », « Complet (20 places) »: a full session is said in words, not only by a zero.</summary>
    public static string Seats(Session session) => session.SeatsLeft switch
    {
        0 => $"Complet ({Places(session.Capacity)})",
        var left => $"{Places(left)} sur {session.Capacity}",
    };

    /// <summary>« Personne », « 1 personne », « 3 personnes ».</summary>
    public static string Waiting(int count) => count switch
    {
        0 => "Personne",
        1 => "1 personne",
        _ => $"{count} personnes",
    };

    /// <summary>Where a registration stands, as « Mes inscriptions » says it: « Place réservée », « En liste d'attente (position 2) ».</summary>
    public static string RegistrationState(RegistrationStatus status, int waitingPosition) => status switch
    {
        RegistrationStatus.Confirmed => "Place réservée",
        RegistrationStatus.Waitlisted => waitingPosition > 0 ? $"En liste d'attente (position {waitingPosition})" : "En liste d'attente",
        RegistrationStatus.Cancelled => "Inscription annulée",
        _ => "Inconnu",
    };

    /// <summary>What the person reads after registering: a seat, or their place in line and what happens next.</summary>
    public static string RegistrationNotice(string title, RegistrationStatus status, int waitingPosition) => status switch
    {
        RegistrationStatus.Confirmed => $"Vous êtes inscrit à « {title} » : votre place est confirmée.",
        RegistrationStatus.Waitlisted =>
            $"La session « {title} » est complète : vous êtes sur liste d'attente{(waitingPosition > 0 ? $" (position {waitingPosition})" : "")}. Une place vous est donnée dès qu'une se libère.",
        RegistrationStatus.Cancelled => $"Votre inscription à « {title} » est annulée.",
        _ => $"« {title} » : {RegistrationState(status, waitingPosition)}.",
    };

    private static string Places(int count) => count == 1 ? "1 place" : $"{count} places";

}
