namespace Defis.Notification.Delivery;

/// <summary>Where the audit trails' daily digests are mailed: the programme team's mailboxes, set by the operator.</summary>
public sealed class AuditDigestOptions
{
    public const string Section = "Notification:AuditDigest";

    public List<string> Recipients { get; set; } = [];
}
