namespace Defis.Notification.Domain.Preferences;

/// <summary>The notification categories a user can set preferences for.</summary>
public static class Categories
{
    public const string Dossier = "dossier";
    public const string Reminder = "reminder";
    /// <summary>Jury decisions: a legal notice, always sent at once.</summary>
    public const string Decision = "decision";
    /// <summary>A juror's reviews to do.</summary>
    public const string Review = "review";
    public const string Funding = "funding";
    public const string Milestone = "milestone";
    public const string Session = "session";
    public const string Webhook = "webhook";
    /// <summary>The audit trails' daily digests, to the programme team's mailbox.</summary>
    public const string Audit = "audit";

    public static IReadOnlyList<string> All { get; } = [Dossier, Reminder, Decision, Review, Funding, Milestone, Session, Webhook, Audit];

    public static bool IsKnown(string category) => All.Contains(category, StringComparer.Ordinal);

    /// <summary>Mandatory notices can be neither turned off nor delayed to a digest.</summary>
    public static bool IsMandatory(string category) => category == Decision;
}
