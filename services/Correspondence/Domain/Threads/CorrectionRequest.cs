using Defis.Correspondence.Domain.Access;
using Defis.SharedKernel.Time;

namespace Defis.Correspondence.Domain.Threads;

/// <summary>
/// Staff's request for corrections, as the message that opens (or continues) the dossier's thread: the reasons one per
/// line and the deadline in Paris time, so that the team answers where staff read. Written by "the programme": the
/// event does not say which staff member returned the dossier.
/// </summary>
public static class CorrectionRequest
{
    public const string Author = "programme";

    public static Message Post(Guid id, Guid dossierId, IReadOnlyList<string> reasons, DateTimeOffset? deadline, DateTimeOffset now) =>
        Message.Post(id, dossierId, new Caller(Author, null, IsStaff: true), Text(reasons, deadline), [], now);

    public static string Text(IReadOnlyList<string> reasons, DateTimeOffset? deadline)
    {
        var lines = new List<string> { "Votre dossier vous est renvoyé pour corrections :" };
        lines.AddRange(reasons.Select(reason => $"- {reason.Trim()}"));
        if (deadline is { } due)
        {
            lines.Add($"À corriger avant le {ParisTime.Format(due)}.");
        }
        lines.Add("Pour toute question, répondez sur ce fil.");
        var text = string.Join('\n', lines);
        return text.Length <= Message.MaxBodyLength ? text : text[..(Message.MaxBodyLength - 1)] + "…";
    }
}
