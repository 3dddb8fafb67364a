using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Events;
using Defis.SharedKernel.Errors;

namespace Defis.Accompaniment.Domain.Sessions;

public sealed partial class Session
{
    /// <summary>
    /// A seat if one is left, else the end of the waiting list. People register themselves (staff may
    /// register someone); the same account or address twice is refused; registration closes when the
    /// session starts.
    /// </summary>
    public AccompanimentEvent Register(Registrant registrant, Change change)
    {
        registrant = Registrant.Create(registrant.UserId, registrant.Email);
        RequireSelfOrOrganiser(change, registrant.UserId, "inscrire une autre personne");
        RequireNotStarted(change.Now, "Les inscriptions sont closes : la séance a commencé.");
        if (_registrations.Any(r => r.IsActive && r.Registrant.SamePersonAs(registrant)))
        {
            throw new ConflictException("Vous êtes déjà inscrit à cette séance (ou sur sa liste d'attente).", alreadyExists: true);
        }
        var seat = SeatsLeft > 0;
        var registration = new Registration(registrant, ++LastArrival, change.Now,
            seat ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted);
        _registrations.Add(registration);
        return seat
            ? new RegistrationConfirmed(EventHeader.For(change), Id, registrant.UserId, registrant.Email)
            : new RegistrationWaitlisted(EventHeader.For(change), Id, registrant.UserId, registrant.Email, WaitingList.Count);
    }

    /// <summary>
    /// Frees the seat (or the place in line). A freed seat goes at once to the earliest person waiting.
    /// Cancelling what is already cancelled changes nothing, so a retried request is harmless.
    /// </summary>
    public IReadOnlyList<AccompanimentEvent> Cancel(string userId, Change change)
    {
        RequireSelfOrOrganiser(change, userId, "annuler l'inscription d'une autre personne");
        var registration = _registrations.LastOrDefault(r => r.Registrant.UserId == userId)
            ?? throw new NotFoundException("Inscription", userId);
        if (!registration.IsActive)
        {
            return [];
        }
        RequireNotStarted(change.Now, "La séance a commencé : l'inscription ne peut plus être annulée.");
        var hadSeat = registration.Status == RegistrationStatus.Confirmed;
        registration.Status = RegistrationStatus.Cancelled;
        registration.CancelledAt = change.Now;
        List<AccompanimentEvent> events = [new RegistrationCancelled(EventHeader.For(change), Id, userId, hadSeat)];
        events.AddRange(PromoteWaiting(change));
        return events;
    }

    /// <summary>Raising the capacity promotes people waiting; it cannot drop below the seats already given.</summary>
    public IReadOnlyList<AccompanimentEvent> ChangeCapacity(int capacity, Change change)
    {
        AccompanimentAccess.RequireOrganiser(change.By);
        if (capacity is < 1 or > SessionDraft.MaxCapacity)
        {
            new FieldViolations().Add("capacity", $"La capacité doit être comprise entre 1 et {SessionDraft.MaxCapacity} places (ici {capacity}).").ThrowIfAny();
        }
        var taken = Confirmed.Count;
        if (capacity < taken)
        {
            throw new PreconditionFailedException("CAPACITY", "capacity",
                $"{taken} personnes ont déjà une place : la capacité ne peut pas descendre à {capacity}.");
        }
        Capacity = capacity;
        return change.Now < Start ? PromoteWaiting(change) : [];
    }

    /// <summary>Organisers note who came, once the session has begun; only people with a seat can attend.</summary>
    public AttendanceRecorded RecordAttendance(string userId, bool attended, Change change)
    {
        AccompanimentAccess.RequireOrganiser(change.By);
        if (change.Now < Start)
        {
            throw new PreconditionFailedException("SESSION_NOT_STARTED", "session", "La présence se note une fois la séance commencée.");
        }
        var registration = _registrations.FirstOrDefault(r => r.Registrant.UserId == userId && r.Status == RegistrationStatus.Confirmed)
            ?? throw new NotFoundException("Inscription confirmée", userId);
        registration.Attended = attended;
        return new(EventHeader.For(change), Id, userId, attended);
    }

    private List<AccompanimentEvent> PromoteWaiting(Change change)
    {
        List<AccompanimentEvent> events = [];
        foreach (var next in WaitingList.Take(SeatsLeft))
        {
            next.Status = RegistrationStatus.Confirmed;
            next.PromotedAt = change.Now;
            events.Add(new RegistrationPromoted(EventHeader.For(change), Id, next.Registrant.UserId, next.Registrant.Email));
        }
        return events;
    }

    private static void RequireSelfOrOrganiser(Change change, string userId, string action)
    {
        if (change.By.UserId != userId && !AccompanimentAccess.CanOrganiseSessions(change.By))
        {
            throw new PermissionDeniedException($"Vous ne pouvez pas {action}.");
        }
    }

    private void RequireNotStarted(DateTimeOffset now, string description)
    {
        if (now >= Start)
        {
            throw new PreconditionFailedException("SESSION_STARTED", "session", description);
        }
    }
}
