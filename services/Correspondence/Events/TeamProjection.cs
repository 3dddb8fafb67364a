using Defis.Correspondence.Persistence;
using Defis.SharedKernel.Teams;
using Microsoft.EntityFrameworkCore;

namespace Defis.Correspondence.Events;

/// <summary>
/// Keeps <see cref="TeamRow"/> up to date from Submission's events, whatever order they arrive in: each sets what it
/// knows; a null co-editor list (older producers) means "unknown" and leaves the kept one. The co-editors are those of
/// the newest event that named them (<see cref="TeamAsFiled"/>): a refiling delivered after an erasure's change of the
/// team, but older than it, does not bring an erased co-editor back. A purged dossier's team is not remembered again
/// (decision 0032): false then, and the caller writes nothing else about it.
/// </summary>
internal static class TeamProjection
{
    public static async Task<bool> ApplyAsync(this CorrespondenceDbContext db, Guid dossierId, string? programmeCode, string? leadId, string? reference,
        IReadOnlyList<string>? coEditorEmails, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        // Serialises the events of one dossier with the uploads that count its bytes and with its purge.
        if (await db.LockAndCheckPurgedAsync(dossierId, cancellationToken))
        {
            return false;
        }
        var row = await db.Teams.SingleOrDefaultAsync(t => t.DossierId == dossierId, cancellationToken);
        if (row is null)
        {
            row = new TeamRow { DossierId = dossierId };
            db.Teams.Add(row);
        }
        if (!string.IsNullOrEmpty(leadId))
        {
            row.LeadId = leadId;
        }
        row.Reference = reference ?? row.Reference;
        row.ProgrammeCode = programmeCode?.ToUpperInvariant() ?? row.ProgrammeCode;
        if (coEditorEmails is not null)
        {
            var team = new TeamAsFiled(row.CoEditorEmails, row.CoEditorsAsOf).Hear(coEditorEmails, occurredAt);
            (row.CoEditorEmails, row.CoEditorsAsOf) = ([.. team.CoEditorEmails], team.FiledAt);
        }
        return true;
    }
}
