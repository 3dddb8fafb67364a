using Defis.Funding.Domain;
using Defis.ServiceInfrastructure.Documents;

namespace Defis.Funding.Documents;

/// <summary>A committed grant as its notification prints it (the record and layout Notification shares, decision 0027).</summary>
public static class GrantNotifications
{
    public static GrantNotification Of(Grant grant, string reference, string dossierTitle, string beneficiary, string programmeCode, DateTimeOffset issuedAt) =>
        new(reference, dossierTitle, beneficiary, programmeCode, grant.Phase, grant.Amount.Cents,
            grant.CommittedAt ?? throw new ArgumentException("Only a committed grant has a notification.", nameof(grant)),
            [.. grant.Tranches.Select(t => new GrantNotificationTranche(t.Number, t.Amount.Cents, t.ShareBasisPoints, t.Trigger.ToString(), t.Milestone, t.ReleasedAt))],
            issuedAt);
}
