using Defis.ServiceInfrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Defis.ServiceInfrastructure.Audit;

/// <summary>What a walk of the chain found: its head, the entries not sealed yet, and every break, in French.</summary>
public sealed record AuditVerification(long EntriesChecked, long HeadPosition, string HeadHash, int Unsealed, IReadOnlyList<ChainBreak> Breaks)
{
    public bool Intact => Breaks.Count == 0;
}

/// <summary>One break of the chain: where, and what was found there.</summary>
public sealed record ChainBreak(long Position, string Description);

/// <summary>
/// Walks a service's chain from its first entry and recomputes every hash: an edited entry no longer matches its hash,
/// a removed one leaves a gap in the positions, a reordered one breaks the link to the entry before it, and a chain
/// rewritten from some point on no longer matches the daily digests announced before.
/// </summary>
public static class AuditVerifier
{
    private const int MaxBreaks = 100;

    public static async Task<AuditVerification> VerifyAsync(ServiceDbContext db, CancellationToken cancellationToken)
    {
        var digests = await db.AuditTrailDigests.AsNoTracking().ToListAsync(cancellationToken);
        var walk = new ChainWalk(digests.GroupBy(d => d.Position).ToDictionary(g => g.Key, g => g.ToList()));
        await foreach (var entry in db.AuditTrail.AsNoTracking().Where(e => e.Position != null).OrderBy(e => e.Position)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            walk.Check(entry);
        }
        foreach (var digest in digests.Where(d => d.Position > walk.Position))
        {
            walk.Break(digest.Position, $"L'empreinte du {digest.Day:dd/MM/yyyy} désigne la position {digest.Position}, absente de la chaîne : des entrées ont été supprimées.");
        }
        var unsealed = await db.AuditTrail.CountAsync(e => e.Position == null, cancellationToken);
        return new AuditVerification(walk.Checked, walk.Position, walk.Hash, unsealed, walk.Breaks);
    }

    private sealed class ChainWalk(Dictionary<long, List<AuditTrailDigest>> digests)
    {
        public long Checked { get; private set; }

        public long Position { get; private set; }

        public string Hash { get; private set; } = AuditChain.Genesis;

        public List<ChainBreak> Breaks { get; } = [];

        public void Check(AuditTrailEntry entry)
        {
            var position = entry.Position!.Value;
            Checked++;
            if (position != Position + 1)
            {
                Break(Position + 1, $"Entrées {Position + 1} à {position - 1} manquantes : la chaîne saute de la position {Position} à {position}.");
            }
            else if (entry.PreviousHash != Hash)
            {
                Break(position, $"L'entrée {position} ne suit pas l'entrée {Position} : entrée déplacée ou chaîne réécrite.");
            }
            if (AuditChain.Hash(entry, position, entry.PreviousHash ?? "") != entry.Hash)
            {
                Break(position, $"L'entrée {position} a été modifiée après son scellement : son empreinte ne correspond plus.");
            }
            Position = position;
            Hash = entry.Hash ?? "";
            foreach (var digest in digests.GetValueOrDefault(position) ?? [])
            {
                if (digest.Hash != Hash)
                {
                    Break(position, $"La chaîne ne correspond plus à l'empreinte du {digest.Day:dd/MM/yyyy} (position {position}) : elle a été réécrite.");
                }
            }
        }

        public void Break(long position, string description)
        {
            if (Breaks.Count < MaxBreaks)
            {
                Breaks.Add(new ChainBreak(position, description));
            }
        }
    }
}
