namespace Defis.Correspondence.Persistence;

/// <summary>The large object holding an attachment's bytes, written in the upload's transaction.</summary>
public sealed class AttachmentContent
{
    public Guid AttachmentId { get; set; }

    /// <summary>The large object's oid.</summary>
    public uint ObjectId { get; set; }
}
