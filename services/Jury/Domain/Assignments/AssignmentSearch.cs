namespace Defis.Jury.Domain;

/// <summary>The working state of <see cref="ReviewerAssigner"/>: jurors and dossiers by index.</summary>
internal sealed class AssignmentSearch
{
    private readonly PanelMember[] _jurors;
    private readonly DossierProfile[] _dossiers;
    private readonly ConflictMatrix _conflicts;
    private readonly AssignmentPolicy _policy;
    private readonly int[] _load;
    private readonly List<int>[] _onDossier;
    private readonly List<int>[] _newByJuror;
    private readonly ulong[] _jurorHash;
    private readonly ulong[] _dossierHash;

    // Breadth-first search scratch, reused.
    private readonly int[] _parentJuror;
    private readonly int[] _parentDossier;
    private readonly bool[] _visited;
    private readonly Queue<int> _queue = new();

    public AssignmentSearch(PanelMember[] jurors, DossierProfile[] dossiers, ConflictMatrix conflicts, AssignmentPolicy policy)
    {
        _jurors = jurors;
        _dossiers = dossiers;
        _conflicts = conflicts;
        _policy = policy;
        _load = new int[jurors.Length];
        _onDossier = dossiers.Select(_ => new List<int>(policy.ReviewersPerDossier)).ToArray();
        _newByJuror = jurors.Select(_ => new List<int>()).ToArray();
        _jurorHash = jurors.Select(j => Fnv(j.UserId)).ToArray();
        _dossierHash = dossiers.Select(d => Fnv(d.Id.ToString())).ToArray();
        _parentJuror = new int[jurors.Length];
        _parentDossier = new int[jurors.Length];
        _visited = new bool[jurors.Length];
    }

    private int Cap => _policy.MaxPerJuror;

    public void AddExisting(IEnumerable<(Guid DossierId, string JurorUserId)> existing)
    {
        var jurorIndex = _jurors.Select((j, i) => (j.UserId, i)).ToDictionary(p => p.UserId, p => p.i, StringComparer.Ordinal);
        var dossierIndex = _dossiers.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
        foreach (var (dossierId, jurorUserId) in existing.Distinct())
        {
            if (!jurorIndex.TryGetValue(jurorUserId, out var j))
            {
                continue;
            }
            _load[j]++;
            if (dossierIndex.TryGetValue(dossierId, out var d))
            {
                _onDossier[d].Add(j);
            }
        }
    }

    /// <summary>Gives every dossier its reviewers, least-loaded first, with augmenting chains when everyone eligible is full.</summary>
    public void Fill()
    {
        Span<(ulong Key, int Juror)> chosen = stackalloc (ulong, int)[AssignmentPolicy.MaxReviewersPerDossier];
        for (var d = 0; d < _dossiers.Length; d++)
        {
            var need = _policy.ReviewersPerDossier - _onDossier[d].Count;
            if (need <= 0)
            {
                continue;
            }
            // Taking a juror only makes them ineligible for this dossier, so one scan ranks every slot.
            var taken = LeastLoadedEligible(d, chosen[..need]);
            foreach (var (_, juror) in chosen[..taken])
            {
                Assign(d, juror);
            }
            for (var slot = taken; slot < need && Augment(d); slot++)
            {
            }
        }
    }

    /// <summary>Moves new assignments from heavier to lighter jurors while a chain of moves allows it.</summary>
    public void Balance()
    {
        while (CouldImprove() && TryImproveOnce())
        {
        }
    }

    public AssignmentPlan ToPlan(long basisRevision)
    {
        var proposals = new List<(int Dossier, int Juror)>();
        for (var j = 0; j < _jurors.Length; j++)
        {
            proposals.AddRange(_newByJuror[j].Select(d => (d, j)));
        }
        proposals.Sort();
        var shortfalls = new List<AssignmentShortfall>();
        for (var d = 0; d < _dossiers.Length; d++)
        {
            if (_onDossier[d].Count < _policy.ReviewersPerDossier)
            {
                shortfalls.Add(Shortfall(d));
            }
        }
        return new AssignmentPlan(
            basisRevision,
            proposals.Select(p => new ProposedAssignment(_dossiers[p.Dossier].Id, _dossiers[p.Dossier].Reference, _jurors[p.Juror].UserId)).ToArray(),
            shortfalls,
            _jurors.Select((j, i) => (j.UserId, Load: _load[i])).ToDictionary(p => p.UserId, p => p.Load, StringComparer.Ordinal));
    }

    private bool Eligible(int d, int j) => !_conflicts.IsConflicted(d, j) && !_onDossier[d].Contains(j);

    /// <summary>
    /// The eligible jurors with room, least loaded first (ties: the stable hash of dossier and juror),
    /// as many as <paramref name="best"/> holds; returns how many were found.
    /// </summary>
    private int LeastLoadedEligible(int d, Span<(ulong Key, int Juror)> best)
    {
        var found = 0;
        for (var j = 0; j < _jurors.Length; j++)
        {
            if (_load[j] >= Cap || !Eligible(d, j))
            {
                continue;
            }
            var key = ((ulong)_load[j] << 32) | (Mix(_dossierHash[d] ^ _jurorHash[j]) >> 32);
            if (found == best.Length && key >= best[^1].Key)
            {
                continue;
            }
            var at = found < best.Length ? found++ : best.Length - 1;
            while (at > 0 && best[at - 1].Key > key)
            {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = (key, j);
        }
        return found;
    }

    private void Assign(int d, int j)
    {
        _onDossier[d].Add(j);
        _newByJuror[j].Add(d);
        _load[j]++;
    }

    private void Move(int from, int d, int to)
    {
        _onDossier[d].Remove(from);
        _newByJuror[from].Remove(d);
        _load[from]--;
        Assign(d, to);
    }

    /// <summary>Every eligible juror is full: one of them takes the dossier and passes one of its new dossiers down a chain to a juror with room.</summary>
    private bool Augment(int d)
    {
        var starts = Enumerable.Range(0, _jurors.Length).Where(j => Eligible(d, j)).ToArray();
        var chain = FindChain(starts, y => _load[y] < Cap);
        if (chain is null)
        {
            return false;
        }
        Assign(d, chain.Value.Start);
        ApplyMoves(chain.Value.Moves);
        return true;
    }

    private bool CouldImprove()
    {
        int? heaviest = null;
        int? lightest = null;
        for (var j = 0; j < _jurors.Length; j++)
        {
            if (_newByJuror[j].Count > 0)
            {
                heaviest = Math.Max(heaviest ?? int.MinValue, _load[j]);
            }
            if (_load[j] < Cap)
            {
                lightest = Math.Min(lightest ?? int.MaxValue, _load[j]);
            }
        }
        return heaviest - lightest >= 2;
    }

    private bool TryImproveOnce()
    {
        var byLoad = Enumerable.Range(0, _jurors.Length).Where(j => _newByJuror[j].Count > 0).OrderByDescending(j => _load[j]).ThenBy(j => j);
        foreach (var u in byLoad)
        {
            var limit = _load[u] - 2;
            var chain = FindChain([u], y => _load[y] <= limit && _load[y] < Cap);
            if (chain is not null)
            {
                ApplyMoves(chain.Value.Moves);
                return true;
            }
        }
        return false;
    }

    private void ApplyMoves(List<(int From, int Dossier, int To)> moves)
    {
        foreach (var (from, dossier, to) in moves)
        {
            Move(from, dossier, to);
        }
    }

    /// <summary>
    /// Breadth-first over jurors: from juror x one may reach juror y by moving one of x's new dossiers
    /// to y (y eligible for it). Returns the start and the moves, first move first, ending at a target.
    /// </summary>
    private (int Start, List<(int From, int Dossier, int To)> Moves)? FindChain(int[] starts, Func<int, bool> isTarget)
    {
        Array.Clear(_visited);
        _queue.Clear();
        foreach (var s in starts)
        {
            _visited[s] = true;
            _parentJuror[s] = -1;
            _queue.Enqueue(s);
        }
        while (_queue.TryDequeue(out var x))
        {
            foreach (var d in _newByJuror[x])
            {
                for (var y = 0; y < _jurors.Length; y++)
                {
                    if (_visited[y] || !Eligible(d, y))
                    {
                        continue;
                    }
                    _visited[y] = true;
                    _parentJuror[y] = x;
                    _parentDossier[y] = d;
                    if (isTarget(y))
                    {
                        return Unwind(y);
                    }
                    _queue.Enqueue(y);
                }
            }
        }
        return null;
    }

    private (int Start, List<(int From, int Dossier, int To)> Moves) Unwind(int end)
    {
        var moves = new List<(int From, int Dossier, int To)>();
        var y = end;
        while (_parentJuror[y] >= 0)
        {
            moves.Add((_parentJuror[y], _parentDossier[y], y));
            y = _parentJuror[y];
        }
        moves.Reverse();
        return (y, moves);
    }

    private AssignmentShortfall Shortfall(int d)
    {
        var conflicted = new List<string>();
        var atCapacity = new List<string>();
        for (var j = 0; j < _jurors.Length; j++)
        {
            if (_conflicts.IsConflicted(d, j))
            {
                conflicted.Add(_jurors[j].UserId);
            }
            else if (!_onDossier[d].Contains(j))
            {
                atCapacity.Add(_jurors[j].UserId);
            }
        }
        return new AssignmentShortfall(_dossiers[d].Id, _dossiers[d].Reference, _policy.ReviewersPerDossier, _onDossier[d].Count,
            _jurors.Length, Cap, conflicted, atCapacity);
    }

    private static ulong Fnv(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>SplitMix64's finaliser: a well-spread, stable 64-bit mix.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
