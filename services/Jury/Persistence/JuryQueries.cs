using System.Text.Json;
using Defis.Jury.Domain;
using Defis.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Defis.Jury.Persistence;

/// <summary>
/// How the service reads its aggregates, and the row locks that order concurrent changes. Lock order,
/// everywhere: the programme's conflict register, then assignment books, so two requests never wait on each other in a circle.
/// </summary>
public static class JuryQueries
{
    public static async Task<Panel> PanelAsync(this JuryDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Panels.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException("Jury", id.ToString());

    /// <summary>A panel the caller may see: staff see all, jurors their own panels; to anyone else it does not exist.</summary>
    public static async Task<Panel> VisiblePanelAsync(this JuryDbContext db, Guid id, Actor actor, CancellationToken cancellationToken)
    {
        var panel = await db.PanelAsync(id, cancellationToken);
        return actor.IsProgrammeStaff || panel.Find(actor.UserId) is not null ? panel : throw new NotFoundException("Jury", id.ToString());
    }

    /// <summary>
    /// The panels that count this user among their members. Members are one jsonb list per panel (camelCase, as
    /// <c>JsonColumn</c> writes them), so the test is a containment: a list holding an object with this userId.
    /// </summary>
    public static Task<List<Panel>> PanelsOfAsync(this JuryDbContext db, string userId, CancellationToken cancellationToken)
    {
        var seat = JsonSerializer.Serialize(new[] { new { userId } });
        return db.Panels.FromSql($"SELECT *, xmin FROM panels WHERE members @> {seat}::jsonb").AsNoTracking().ToListAsync(cancellationToken);
    }

    public static async Task<JuryProgramme> ProgrammeAsync(this JuryDbContext db, string code, CancellationToken cancellationToken)
    {
        var normalised = code.Trim().ToUpperInvariant();
        return await db.Programmes.SingleOrDefaultAsync(p => p.Code == normalised, cancellationToken)
            ?? throw new NotFoundException("Appel", code);
    }

    /// <summary>A filed dossier of this programme; a dossier of another programme does not exist here.</summary>
    public static async Task<FiledDossier> DossierAsync(this JuryDbContext db, Guid id, string programmeCode, CancellationToken cancellationToken) =>
        await db.Dossiers.SingleOrDefaultAsync(d => d.Id == id && d.ProgrammeCode == programmeCode, cancellationToken)
        ?? throw new NotFoundException("Dossier", id.ToString());

    /// <summary>The dossiers still in competition, in filing order.</summary>
    public static Task<List<FiledDossier>> ActiveDossiersAsync(this JuryDbContext db, string programmeCode, CancellationToken cancellationToken) =>
        db.Dossiers.Where(d => d.ProgrammeCode == programmeCode && d.WithdrawnAt == null).OrderBy(d => d.FiledAt).ThenBy(d => d.Reference)
            .ToListAsync(cancellationToken);

    /// <summary>Undecided: filed, not withdrawn, and in no released decision of the programme; in filing order.</summary>
    public static async Task<List<FiledDossier>> UndecidedDossiersAsync(this JuryDbContext db, string programmeCode, CancellationToken cancellationToken)
    {
        var released = await db.Decisions.AsNoTracking()
            .Where(d => d.ProgrammeCode == programmeCode && d.Status == DecisionStatus.Released).ToListAsync(cancellationToken);
        var decided = released.SelectMany(d => d.Candidates).Select(c => c.DossierId).ToHashSet();
        return (await db.ActiveDossiersAsync(programmeCode, cancellationToken)).Where(d => !decided.Contains(d.Id)).ToList();
    }

    public static Task<EvaluationGrid?> LatestGridAsync(this JuryDbContext db, string programmeCode, Phase phase, CancellationToken cancellationToken) =>
        db.Grids.Where(g => g.ProgrammeCode == programmeCode && g.Phase == phase).OrderByDescending(g => g.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The programme's conflict register, created empty on first use, read under a row lock held until
    /// the caller's transaction ends: shared to plan assignments, exclusive to change it.
    /// </summary>
    public static async Task<ConflictRegister> LockedRegisterAsync(this JuryDbContext db, string programmeCode, bool exclusive, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var fresh = ConflictRegister.Open(programmeCode, now);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO conflict_registers (id, programme_code, declarations, overrides) VALUES ({fresh.Id}, {fresh.ProgrammeCode}, '[]'::jsonb, '[]'::jsonb) ON CONFLICT (programme_code) DO NOTHING",
            cancellationToken);
        await (exclusive
            ? db.Database.ExecuteSqlAsync($"SELECT 1 FROM conflict_registers WHERE programme_code = {fresh.ProgrammeCode} FOR UPDATE", cancellationToken)
            : db.Database.ExecuteSqlAsync($"SELECT 1 FROM conflict_registers WHERE programme_code = {fresh.ProgrammeCode} FOR SHARE", cancellationToken));
        return await db.ConflictRegisters.SingleAsync(r => r.ProgrammeCode == fresh.ProgrammeCode, cancellationToken);
    }

    /// <summary>
    /// A transaction-scoped lock per dossier, taken before the register and the books: a dossier's filing and its purge
    /// (decision 0032) never both miss each other, even before the dossier has a row.
    /// </summary>
    public static Task LockDossierAsync(this JuryDbContext db, Guid dossierId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({dossierId.ToString()}, 0))", cancellationToken);

    /// <summary>The register as it stands, without lock; an empty one when nobody declared anything yet.</summary>
    public static async Task<ConflictRegister> RegisterAsync(this JuryDbContext db, string programmeCode, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.ConflictRegisters.AsNoTracking().SingleOrDefaultAsync(r => r.ProgrammeCode == programmeCode, cancellationToken)
        ?? ConflictRegister.Open(programmeCode, now);

    /// <summary>
    /// The panel's assignment book under a row lock until the transaction ends: exclusive for any change
    /// (the per-juror maximum holds under concurrent assignment), shared to score against it (a
    /// reassignment cannot slip between the check and the submission).
    /// </summary>
    public static async Task<PanelAssignments?> LockedBookAsync(this JuryDbContext db, Guid panelId, bool exclusive, CancellationToken cancellationToken)
    {
        await (exclusive
            ? db.Database.ExecuteSqlAsync($"SELECT 1 FROM assignment_books WHERE panel_id = {panelId} FOR UPDATE", cancellationToken)
            : db.Database.ExecuteSqlAsync($"SELECT 1 FROM assignment_books WHERE panel_id = {panelId} FOR SHARE", cancellationToken));
        return await db.AssignmentBooks.SingleOrDefaultAsync(b => b.PanelId == panelId, cancellationToken);
    }

    public static async Task<PanelAssignments> RequiredLockedBookAsync(this JuryDbContext db, Panel panel, bool exclusive, CancellationToken cancellationToken) =>
        await db.LockedBookAsync(panel.Id, exclusive, cancellationToken)
        ?? throw new PreconditionFailedException("NO_ASSIGNMENT_POLICY", panel.Id.ToString(),
            "Les règles d'affectation de ce jury ne sont pas encore définies (nombre de rapporteurs, maximum par juré).");

    /// <summary>Saves; a unique index that refused a concurrent duplicate reads as ALREADY_EXISTS, not as a fault.</summary>
    public static async Task SaveUniqueAsync(this JuryDbContext db, string duplicateMessage, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new ConflictException(duplicateMessage, alreadyExists: true);
        }
    }
}
