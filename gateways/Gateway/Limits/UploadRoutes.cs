namespace Defis.Gateway.Limits;

/// <summary>The routes that carry files, whose bodies may exceed the gateway's ordinary limit (decision 0025).</summary>
public static class UploadRoutes
{
    /// <summary>Correspondence's streamed upload (gRPC client streaming).</summary>
    public const string GrpcAttachmentUpload = "/defis.correspondence.v1.Attachments/UploadAttachment";

    public static bool Includes(PathString path) => path.Equals(GrpcAttachmentUpload, StringComparison.Ordinal);
}
