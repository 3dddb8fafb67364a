using Defis.ServiceDefaults.Errors;
using Defis.Accompaniment.Domain.Sessions;
using Contract = Defis.Contracts.Accompaniment.V1;

namespace Defis.Accompaniment.Grpc;

internal static class SessionMapping
{
    public static Contract.Session ToContract(this Session session) => new()
    {
        Id = session.Id.ToString(),
        SeriesId = session.SeriesId?.ToString() ?? "",
        ProgrammeId = session.ProgrammeId.ToString(),
        Kind = (Contract.SessionKind)session.Kind,
        Title = session.Title,
        Description = session.Description ?? "",
        Start = session.Start.ToContract(),
        End = session.End.ToContract(),
        Capacity = session.Capacity,
        SeatsLeft = session.SeatsLeft,
        Waiting = session.WaitingList.Count,
        Location = session.Location ?? "",
        Url = session.Url?.AbsoluteUri ?? "",
        PlanId = session.PlanId?.ToString() ?? "",
    };

    public static Contract.Registration ToContract(this Registration registration, Session session)
    {
        var contract = new Contract.Registration
        {
            SessionId = session.Id.ToString(),
            UserId = registration.Registrant.UserId,
            Email = registration.Registrant.Email,
            Status = (Contract.RegistrationStatus)registration.Status,
            Arrival = registration.Arrival,
            WaitingPosition = registration.Status == RegistrationStatus.Waitlisted ? IndexIn(session.WaitingList, registration) + 1 : 0,
            RegisteredAt = registration.RegisteredAt.ToContract(),
            PromotedAt = registration.PromotedAt.ToContract(),
            CancelledAt = registration.CancelledAt.ToContract(),
        };
        if (registration.Attended is { } attended)
        {
            contract.Attended = attended;
        }
        return contract;
    }

    /// <summary>The person's active registration with its session: one at most, as the partial unique index keeps it.</summary>
    public static Contract.MyRegistration ToMyRegistration(this Session session, string userId) => new()
    {
        Session = session.ToContract(),
        Registration = session.Registrations.Single(r => r.IsActive && r.Registrant.UserId == userId).ToContract(session),
    };

    private static int IndexIn(IReadOnlyList<Registration> list, Registration registration) =>
        list.Select((r, i) => (r, i)).First(x => ReferenceEquals(x.r, registration)).i;
}
