using System.Text.RegularExpressions;

namespace Defis.Gateway.Limits;

/// <summary>The routes that carry files, whose bodies may exceed the gateway's ordinary limit (decision 0025).</summary>
public static partial class UploadRoutes
{
    /// <summary>Correspondence's streamed upload (gRPC client streaming).</summary>
    public const string GrpcAttachmentUpload = "/defis.correspondence.v1.Attachments/UploadAttachment";

    public static bool Includes(PathString path) =>
        path.Equals(GrpcAttachmentUpload, StringComparison.Ordinal) || (path.Value is { } value && RestUpload().IsMatch(value));

    /// <summary>The REST multipart upload (Files/FileRoutes.Upload).</summary>
    [GeneratedRegex("^/api/v1/correspondence/dossiers/[^/]+/attachments$", RegexOptions.CultureInvariant)]
    private static partial Regex RestUpload();
}
