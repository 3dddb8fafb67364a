using Defis.Correspondence.Domain.Access;

namespace Defis.Correspondence.Persistence;

/// <summary>
/// What Submission told us about a dossier's team (lead and co-editors), kept up to date by its events, so that the
/// dossier's access rules hold here without calling Submission.
/// </summary>
public sealed class TeamRow
{
    public Guid DossierId { get; set; }

    /// <summary>The dossier's reference once filed (e.g. CB21-0042), for notices.</summary>
    public string? Reference { get; set; }

    /// <summary>The call the dossier answers (upper case), for staff writing to every team of a call.</summary>
    public string? ProgrammeCode { get; set; }

    public string LeadId { get; set; } = "";

    public List<string> CoEditorEmails { get; set; } = [];

    /// <summary>When the event that named <see cref="CoEditorEmails"/> happened, in UTC; before any, the Unix epoch.</summary>
    public DateTimeOffset CoEditorsAsOf { get; set; } = DateTimeOffset.UnixEpoch;

    public DossierTeam ToDomain(IReadOnlyCollection<string> assignedJurorIds) => new(DossierId, LeadId, CoEditorEmails, assignedJurorIds);
}
