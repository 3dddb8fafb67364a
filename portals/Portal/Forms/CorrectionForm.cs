using Defis.Contracts.Submission.V1;
using Google.Protobuf.WellKnownTypes;

namespace Defis.Portal.Forms;

/// <summary>
/// Staff send a filed dossier back to its team: what to correct, one reason a line, and an optional deadline typed as a
/// Paris day and time (<see cref="ParisInput"/>).
/// </summary>
public sealed class CorrectionForm
{
    public const string FormId = "formulaire-correction";

    public string? Reasons { get; set; }

    public string? DeadlineDate { get; set; }

    public string? DeadlineTime { get; set; }

    /// <summary>A reason the platform names by its place ("reasons[1]") lands on the one box that holds them all; the deadline's word on its day.</summary>
    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Form_Reasons", "reasons", "Corrections demandées"),
        new("Form_DeadlineDate", "correctionDeadline", "Jour limite de correction"),
        new("Form_DeadlineTime", "correctionDeadline", "Heure limite de correction"),
    ];

    /// <summary>A deadline long past: the platform is sure to refuse it, so a deadline not understood returns nothing.</summary>
    internal static readonly Timestamp StandIn = Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch);

    /// <summary>
    /// The request, the form's own problems (a day or time it cannot read) in <paramref name="local"/>. Blank lines are
    /// no reasons. A deadline not understood is sent as <see cref="StandIn"/>, never left out (that would return the
    /// dossier with no deadline at all): refused whatever else is said, with the platform's word on the reasons too.
    /// </summary>
    public ReturnForCorrectionRequest ToRequest(string dossierId, FormErrors local)
    {
        var request = new ReturnForCorrectionRequest { DossierId = dossierId };
        request.Reasons.AddRange((Reasons ?? "").Split('\n').Select(r => r.Trim()).Where(r => r.Length > 0));
        var deadline = ParisInput.Read(DeadlineDate, DeadlineTime, Fields[1], Fields[2], local);
        if (deadline.Instant is { } instant)
        {
            request.CorrectionDeadline = Timestamp.FromDateTimeOffset(instant);
        }
        else if (!deadline.Blank)
        {
            request.CorrectionDeadline = StandIn;
        }
        return request;
    }
}
