namespace Defis.Notification.Domain.Delivery;

/// <summary>A file attached to a notice's email, e.g. « recepisse-CB21-0042.pdf »; its media type follows from its name.</summary>
public sealed record EmailAttachment(string FileName, byte[] Content);
