using BenchmarkDotNet.Attributes;
using Defis.Jury.Domain;

namespace Defis.Jury.Benchmarks;

/// <summary>
/// Assigning 1,000 dossiers × 3 reviewers across 60 jurors (at most 60 each) with 5 % of the
/// (dossier, juror) pairs in declared conflict, in one batch; and one dossier arriving on top of
/// 999 already assigned (a rolling call). Baseline: round-robin over the jurors skipping conflicted
/// and full ones, on a conflict table computed beforehand: the least any assignment must do.
/// </summary>
[MemoryDiagnoser]
public class AssignmentBenchmarks
{
    public const int DossierCount = 1_000;
    public const int Jurors = 60;
    public const double ConflictRate = 0.05;

    private static readonly AssignmentPolicy Policy = new(3, 60);

    private PanelMember[] _jurors = [];
    private DossierProfile[] _dossiers = [];
    private ConflictRegister _conflicts = null!;
    private bool[,] _conflictTable = new bool[0, 0];
    private (Guid DossierId, string JurorUserId)[] _firstAssigned = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _jurors = Fixture.Panel(Jurors).Members.ToArray();
        _dossiers = Fixture.Dossiers(DossierCount, random);
        _conflicts = ConflictRegister.Open(Fixture.Programme, Fixture.Now);
        _conflictTable = new bool[DossierCount, Jurors];
        for (var d = 0; d < DossierCount; d++)
        {
            for (var j = 0; j < Jurors; j++)
            {
                if (random.NextDouble() < ConflictRate)
                {
                    _conflicts.Declare(Fixture.Staff, _jurors[j].UserId, ConflictTargetKind.Dossier, _dossiers[d].Id.ToString(), ConflictType.Other, null, Fixture.Now);
                    _conflictTable[d, j] = true;
                }
            }
        }
        var batch = PlanBatch();
        if (!batch.IsComplete)
        {
            throw new InvalidOperationException("The batch should be feasible.");
        }
        var last = _dossiers.Max(d => (d.FiledAt, d.Reference)).Reference;
        _firstAssigned = batch.Assignments.Where(a => a.DossierReference != last).Select(a => (a.DossierId, a.JurorUserId)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int RoundRobinSkippingConflicts()
    {
        var loads = new int[Jurors];
        var next = 0;
        var assigned = 0;
        for (var d = 0; d < DossierCount; d++)
        {
            var taken = 0;
            for (var tried = 0; tried < Jurors && taken < Policy.ReviewersPerDossier; tried++, next = (next + 1) % Jurors)
            {
                if (!_conflictTable[d, next] && loads[next] < Policy.MaxPerJuror)
                {
                    loads[next]++;
                    taken++;
                }
            }
            assigned += taken;
        }
        return assigned;
    }

    [Benchmark]
    public AssignmentPlan PlanBatch() => ReviewerAssigner.Plan(_jurors, _dossiers, _conflicts, [], Policy);

    [Benchmark]
    public ConflictMatrix ConflictMatrixAlone() => _conflicts.Matrix(_jurors, _dossiers);

    [Benchmark]
    public AssignmentPlan PlanOneArrivingDossier() =>
        ReviewerAssigner.Plan(_jurors, [_dossiers[^1]], _conflicts, _firstAssigned, Policy);
}
