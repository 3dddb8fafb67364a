using Defis.Jury.Domain;

namespace Defis.Jury.UnitTests;

/// <summary>
/// Property tests of the planner over many random instances from a seeded generator. The oracle is
/// independent: conflicts come from how the instance was built, feasibility and the lowest possible
/// maximum load from a plain max-flow written here.
/// </summary>
public sealed class AssignmentPropertyTests
{
    private const int Instances = 400;

    private static readonly string[] Organisations =
        ["Préfecture du Rhône", "Ville de Lyon", "DITP", "Pôle emploi", "Université Lyon 2", "Cour des comptes", "CAF du Nord", "Hôpital Nord"];

    /// <summary>How the dossier side may write an organisation: detection must see through it.</summary>
    private static readonly Func<string, string>[] Spellings =
        [s => s, s => s.ToUpperInvariant(), s => s.Replace('ô', 'o').Replace('é', 'e').ToLowerInvariant(), s => $" {s.Replace(' ', '-')} "];

    private sealed record Instance(
        PanelMember[] Jurors,
        DossierProfile[] Dossiers,
        ConflictRegister Conflicts,
        bool[,] Conflicted,
        (Guid DossierId, string JurorUserId)[] Existing,
        AssignmentPolicy Policy);

    private static Instance Generate(int seed)
    {
        var random = new Random(seed);
        var jurorCount = random.Next(1, 13);
        var dossierCount = random.Next(1, 41);
        var reviewers = random.Next(1, 5);
        var conflictRate = new[] { 0.0, 0.05, 0.2, 0.5 }[random.Next(4)];
        var jurors = Enumerable.Range(0, jurorCount)
            .Select(j => TestData.Member($"u{random.Next(1000):000}-{j}", random.NextDouble() < conflictRate ? Organisations[random.Next(Organisations.Length)] : $"Expert indépendant {j}"))
            .ToArray();
        var dossiers = Enumerable.Range(0, dossierCount).Select(d =>
        {
            var spelled = Spellings[random.Next(Spellings.Length)];
            return new DossierProfile(new Guid(random.Next(), (short)d, 0, new byte[8]), $"CB21-{random.Next(10000):0000}",
                TestData.Programme, TestData.Now.AddHours(random.Next(48)),
                spelled(Organisations[random.Next(Organisations.Length)]),
                random.NextDouble() < 0.5 ? [spelled(Organisations[random.Next(Organisations.Length)])] : [],
                []);
        }).ToArray();
        var register = TestData.Conflicts();
        var conflicted = new bool[dossierCount, jurorCount];
        for (var d = 0; d < dossierCount; d++)
        {
            for (var j = 0; j < jurorCount; j++)
            {
                var sameOrganisation = dossiers[d].Partners.Append(dossiers[d].LeadStructure)
                    .Any(o => Canonical(o) == Canonical(jurors[j].Organisation));
                if (random.NextDouble() < conflictRate / 2)
                {
                    register.Declare(TestData.Staff, jurors[j].UserId, ConflictTargetKind.Dossier, dossiers[d].Id.ToString(), ConflictType.Other, null, TestData.Now);
                    conflicted[d, j] = true;
                }
                conflicted[d, j] |= sameOrganisation;
            }
        }
        var sum = dossierCount * reviewers;
        var even = (sum + jurorCount - 1) / jurorCount;
        // Half the instances have a tight maximum (often infeasible), half some room above the even share.
        var cap = random.NextDouble() < 0.5 ? random.Next(1, even + 3) : random.Next(even, even + 4);
        var existing = new List<(Guid, string)>();
        if (random.NextDouble() < 0.3)
        {
            // Work already handed out: some on dossiers of this batch, some elsewhere; within the maximum, never conflicted.
            foreach (var (juror, j) in jurors.Select((m, j) => (m, j)))
            {
                var load = random.Next(0, cap + 1);
                for (var k = 0; k < load; k++)
                {
                    var d = random.Next(dossierCount + 3);
                    var id = d < dossierCount ? dossiers[d].Id : new Guid(seed, (short)j, (short)k, new byte[8]);
                    if ((d >= dossierCount || !conflicted[d, j]) && !existing.Contains((id, juror.UserId)))
                    {
                        existing.Add((id, juror.UserId));
                    }
                }
            }
        }
        return new Instance(jurors, dossiers, register, conflicted, existing.ToArray(), new AssignmentPolicy(reviewers, cap));
    }

    /// <summary>The generator's own idea of "same organisation": the pool entry the spelling came from.</summary>
    private static string Canonical(string name)
    {
        var plain = name.Trim().Replace('-', ' ').ToLowerInvariant().Replace('ô', 'o').Replace('é', 'e');
        return Organisations.Select(o => o.ToLowerInvariant().Replace('ô', 'o').Replace('é', 'e')).FirstOrDefault(o => o == plain) ?? name;
    }

    public static IEnumerable<TheoryDataRow<int>> Seeds() => Enumerable.Range(0, Instances / 20).Select(batch => new TheoryDataRow<int>(batch));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Batch_plans_respect_conflicts_and_maximum_and_are_complete_and_balanced_when_possible(int batch)
    {
        for (var seed = batch * 20; seed < batch * 20 + 20; seed++)
        {
            var instance = Generate(seed);
            var plan = ReviewerAssigner.Plan(instance.Jurors, instance.Dossiers, instance.Conflicts, instance.Existing, instance.Policy);
            Check(instance, plan, seed);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Dossiers_arriving_one_at_a_time_get_N_reviewers_whenever_enough_jurors_have_room(int batch)
    {
        for (var seed = batch * 20; seed < batch * 20 + 20; seed++)
        {
            var instance = Generate(seed);
            var existing = instance.Existing.ToList();
            foreach (var dossier in instance.Dossiers)
            {
                var d = Array.IndexOf(instance.Dossiers, dossier);
                var loads = Loads(instance, existing);
                var already = existing.Count(e => e.DossierId == dossier.Id);
                var room = Enumerable.Range(0, instance.Jurors.Length).Count(j =>
                    !instance.Conflicted[d, j] && loads[j] < instance.Policy.MaxPerJuror && !existing.Contains((dossier.Id, instance.Jurors[j].UserId)));

                var plan = ReviewerAssigner.Plan(instance.Jurors, [dossier], instance.Conflicts, existing, instance.Policy);

                var expected = Math.Max(0, Math.Min(instance.Policy.ReviewersPerDossier - already, room));
                Assert.True(expected == plan.Assignments.Count, $"seed {seed}, dossier {d}: {plan.Assignments.Count} assigned, {expected} possible");
                Assert.Equal(already + expected < instance.Policy.ReviewersPerDossier, !plan.IsComplete);
                // The least-loaded eligible jurors were chosen.
                var chosen = plan.Assignments.Select(a => Array.FindIndex(instance.Jurors, m => m.UserId == a.JurorUserId)).ToArray();
                var passedOver = Enumerable.Range(0, instance.Jurors.Length).Where(j => !chosen.Contains(j) && !instance.Conflicted[d, j]
                    && loads[j] < instance.Policy.MaxPerJuror && !existing.Contains((dossier.Id, instance.Jurors[j].UserId)));
                Assert.All(passedOver, j => Assert.True(chosen.All(c => loads[c] <= loads[j]), $"seed {seed}: juror {j} was lighter"));
                Assert.All(chosen, j => Assert.False(instance.Conflicted[d, j], $"seed {seed}: conflicted pair"));
                existing.AddRange(plan.Assignments.Select(a => (a.DossierId, a.JurorUserId)));
                Assert.All(Loads(instance, existing), load => Assert.True(load <= instance.Policy.MaxPerJuror, $"seed {seed}: above the maximum"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Plans_do_not_depend_on_input_order(int batch)
    {
        for (var seed = batch * 20; seed < batch * 20 + 20; seed++)
        {
            var instance = Generate(seed);
            var random = new Random(-seed);
            var plan = ReviewerAssigner.Plan(instance.Jurors, instance.Dossiers, instance.Conflicts, instance.Existing, instance.Policy);

            var shuffled = ReviewerAssigner.Plan(Shuffle(instance.Jurors, random), Shuffle(instance.Dossiers, random), instance.Conflicts,
                Shuffle(instance.Existing, random), instance.Policy);

            Assert.Equal(plan.Assignments, shuffled.Assignments);
            Assert.Equal(plan.Shortfalls.Select(s => s.Description), shuffled.Shortfalls.Select(s => s.Description));
        }
    }

    [Fact]
    public void Without_conflicts_or_a_binding_maximum_loads_are_within_one()
    {
        for (var seed = 0; seed < Instances; seed++)
        {
            var random = new Random(seed);
            var jurors = Enumerable.Range(0, random.Next(3, 20)).Select(j => TestData.Member($"j{j}", $"Org {j}")).ToArray();
            var dossiers = Enumerable.Range(1, random.Next(1, 60)).Select(d => TestData.Dossier(d)).ToArray();
            var reviewers = random.Next(1, Math.Min(4, jurors.Length) + 1);
            var policy = new AssignmentPolicy(reviewers, (dossiers.Length * reviewers + jurors.Length - 1) / jurors.Length);

            var plan = ReviewerAssigner.Plan(jurors, dossiers, TestData.Conflicts(), [], policy);

            Assert.True(plan.IsComplete, $"seed {seed}");
            Assert.True(plan.Loads.Values.Max() - plan.Loads.Values.Min() <= 1, $"seed {seed}: {string.Join(",", plan.Loads.Values)}");
        }
    }

    private static void Check(Instance instance, AssignmentPlan plan, int seed)
    {
        var jurorIndex = instance.Jurors.Select((m, j) => (m.UserId, j)).ToDictionary(p => p.UserId, p => p.j);
        var dossierIndex = instance.Dossiers.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var all = instance.Existing.Concat(plan.Assignments.Select(a => (a.DossierId, a.JurorUserId))).ToList();

        // Never a conflicted assignment, never twice the same pair.
        Assert.All(plan.Assignments, a => Assert.False(instance.Conflicted[dossierIndex[a.DossierId], jurorIndex[a.JurorUserId]], $"seed {seed}: conflicted pair"));
        Assert.Equal(all.Count, all.Distinct().Count());

        // Never above the maximum; the plan's loads are the real ones.
        var loads = Loads(instance, all);
        Assert.All(loads, load => Assert.True(load <= instance.Policy.MaxPerJuror, $"seed {seed}: load {load} > {instance.Policy.MaxPerJuror}"));
        Assert.Equal(loads, instance.Jurors.Select(m => plan.Loads[m.UserId]));

        // Each shortfall is explained: every juror is on the dossier, conflicted, or full.
        foreach (var shortfall in plan.Shortfalls)
        {
            var d = dossierIndex[shortfall.DossierId];
            Assert.Equal(shortfall.Assigned, all.Count(a => a.DossierId == shortfall.DossierId && jurorIndex.ContainsKey(a.JurorUserId)));
            Assert.Equal(instance.Jurors.Length, shortfall.Assigned + shortfall.ConflictedJurors.Count + shortfall.JurorsAtCapacity.Count);
            Assert.All(shortfall.ConflictedJurors, u => Assert.True(instance.Conflicted[d, jurorIndex[u]]));
            Assert.All(shortfall.JurorsAtCapacity, u => Assert.True(loads[jurorIndex[u]] >= instance.Policy.MaxPerJuror));
        }
        // As many new assignments as a max-flow finds; N each exactly when that is feasible.
        var demand = Demand(instance);
        var best = MaxFlow(instance, instance.Policy.MaxPerJuror);
        Assert.True(best == plan.Assignments.Count, $"seed {seed}: planned {plan.Assignments.Count}, max-flow {best}");
        Assert.Equal(best == demand.Sum(), plan.IsComplete);
        if (!plan.IsComplete)
        {
            return;
        }
        Assert.All(instance.Dossiers, d => Assert.True(all.Count(a => a.DossierId == d.Id && jurorIndex.ContainsKey(a.JurorUserId)) >= instance.Policy.ReviewersPerDossier));

        // The highest load is the lowest any complete assignment could reach...
        var lowestMax = Enumerable.Range(0, instance.Policy.MaxPerJuror + 1).First(c => MaxFlow(instance, c) == demand.Sum());
        var existingLoads = Loads(instance, instance.Existing);
        Assert.True(Math.Max(lowestMax, existingLoads.DefaultIfEmpty(0).Max()) == loads.DefaultIfEmpty(0).Max(), $"seed {seed}: max load {loads.Max()}, lowest possible {lowestMax}");

        // ...and no chain of moves could pass one dossier from a juror to one with two fewer.
        for (var u = 0; u < instance.Jurors.Length; u++)
        {
            for (var v = 0; v < instance.Jurors.Length; v++)
            {
                if (loads[u] >= loads[v] + 2 && loads[v] < instance.Policy.MaxPerJuror)
                {
                    Assert.False(Reachable(instance, plan, u, v), $"seed {seed}: juror {u} ({loads[u]}) could pass work to juror {v} ({loads[v]})");
                }
            }
        }
    }

    private static int[] Loads(Instance instance, IEnumerable<(Guid DossierId, string JurorUserId)> assignments) =>
        instance.Jurors.Select(m => assignments.Count(a => a.JurorUserId == m.UserId)).ToArray();

    private static int[] Demand(Instance instance) => instance.Dossiers
        .Select(d => Math.Max(0, instance.Policy.ReviewersPerDossier - instance.Existing.Count(e => e.DossierId == d.Id && instance.Jurors.Any(m => m.UserId == e.JurorUserId))))
        .ToArray();

    /// <summary>Edmonds–Karp on source → dossier (its demand) → juror (eligible, 1) → sink (room under <paramref name="cap"/>).</summary>
    private static int MaxFlow(Instance instance, int cap)
    {
        int dossiers = instance.Dossiers.Length, jurors = instance.Jurors.Length, n = dossiers + jurors + 2, source = n - 2, sink = n - 1;
        var capacity = new int[n, n];
        var demand = Demand(instance);
        var existingLoads = Loads(instance, instance.Existing);
        for (var d = 0; d < dossiers; d++)
        {
            capacity[source, d] = demand[d];
            for (var j = 0; j < jurors; j++)
            {
                var onIt = instance.Existing.Contains((instance.Dossiers[d].Id, instance.Jurors[j].UserId));
                capacity[d, dossiers + j] = instance.Conflicted[d, j] || onIt ? 0 : 1;
            }
        }
        for (var j = 0; j < jurors; j++)
        {
            capacity[dossiers + j, sink] = Math.Max(0, Math.Min(cap, instance.Policy.MaxPerJuror) - existingLoads[j]);
        }
        var flow = 0;
        while (true)
        {
            var parent = Enumerable.Repeat(-1, n).ToArray();
            parent[source] = source;
            var queue = new Queue<int>([source]);
            while (queue.TryDequeue(out var x) && parent[sink] < 0)
            {
                for (var y = 0; y < n; y++)
                {
                    if (parent[y] < 0 && capacity[x, y] > 0)
                    {
                        parent[y] = x;
                        queue.Enqueue(y);
                    }
                }
            }
            if (parent[sink] < 0)
            {
                return flow;
            }
            for (var y = sink; y != source; y = parent[y])
            {
                capacity[parent[y], y]--;
                capacity[y, parent[y]]++;
            }
            flow++;
        }
    }

    /// <summary>Could a chain of moves of the plan's new assignments take one from juror u to juror v?</summary>
    private static bool Reachable(Instance instance, AssignmentPlan plan, int u, int v)
    {
        var on = instance.Existing.Concat(plan.Assignments.Select(a => (a.DossierId, a.JurorUserId))).ToHashSet();
        var seen = new HashSet<int> { u };
        var queue = new Queue<int>([u]);
        while (queue.TryDequeue(out var x))
        {
            foreach (var a in plan.Assignments.Where(a => a.JurorUserId == instance.Jurors[x].UserId))
            {
                var d = Array.FindIndex(instance.Dossiers, p => p.Id == a.DossierId);
                for (var y = 0; y < instance.Jurors.Length; y++)
                {
                    if (!instance.Conflicted[d, y] && !on.Contains((a.DossierId, instance.Jurors[y].UserId)) && seen.Add(y))
                    {
                        if (y == v)
                        {
                            return true;
                        }
                        queue.Enqueue(y);
                    }
                }
            }
        }
        return false;
    }

    private static T[] Shuffle<T>(IReadOnlyList<T> items, Random random)
    {
        var copy = items.ToArray();
        random.Shuffle(copy);
        return copy;
    }
}
