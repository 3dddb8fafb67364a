using Defis.Correspondence.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Defis.Correspondence.Events;

/// <summary>
/// Keeps <see cref="TeamRow"/> up to date from Submission's events, whatever order they arrive in: each sets what it
/// knows; a null co-editor list (older producers) means "unknown" and leaves the kept one.
/// </summary>
internal static class TeamProjection
{
    public static async Task ApplyAsync(this CorrespondenceDbContext db, Guid dossierId, string? programmeCode, string? leadId, string? reference,
        IReadOnlyList<string>? coEditorEmails, CancellationToken cancellationToken)
    {
        // Serialises the events of one dossier with the uploads that count its bytes.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({dossierId.ToString()}, 0))", cancellationToken);
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
            row.CoEditorEmails = [.. coEditorEmails.Select(e => e.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)];
        }
    }
}
