using System.Text.RegularExpressions;
using Defis.SharedKernel.Errors;

namespace Defis.Jury.Domain;

/// <summary>
/// The evaluation grid of one programme and phase, in numbered versions. A version is frozen when the
/// first review scored on it is submitted. Decision: a frozen version never changes; changing the
/// criteria then means <see cref="NextVersion"/>, a new grid linked to the previous one, and
/// <see cref="ReplaceCriteria"/> on a frozen grid is refused. Submitted reviews keep the version they
/// were scored on; totals are on 0–100 whatever the version, so rankings may mix versions.
/// </summary>
public sealed partial class EvaluationGrid : AuditedAggregate
{
    private readonly List<Criterion> _criteria = [];
    private GridScoring? _scoring;

    private EvaluationGrid()
    {
    }

    public Guid Id { get; private set; }

    public string ProgrammeCode { get; private set; } = "";

    public Phase Phase { get; private set; }

    public int Version { get; private set; }

    public Guid? PreviousVersionId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? FrozenAt { get; private set; }

    public bool IsFrozen => FrozenAt is not null;

    public IReadOnlyList<Criterion> Criteria => _criteria;

    // Stryker disable once Assignment : a cache; building the scoring again gives the same factors.
    public GridScoring Scoring => _scoring ??= new GridScoring(_criteria);

    public static EvaluationGrid Create(string programmeCode, Phase phase, IReadOnlyList<Criterion> criteria, Actor actor, DateTimeOffset now)
    {
        actor.EnsureProgrammeStaff();
        new FieldViolations()
            .RequiredText("programme_code", programmeCode, JuryLimits.ProgrammeCode)
            .KnownEnum("phase", phase)
            .ThrowIfAny();
        var grid = new EvaluationGrid
        {
            Id = Guid.CreateVersion7(now),
            ProgrammeCode = programmeCode.Trim().ToUpperInvariant(),
            Phase = phase,
            Version = 1,
            CreatedAt = now,
        };
        grid.SetCriteria(criteria);
        grid.Audit(now, actor.UserId, AuditAction.GridCreated, grid.Id, $"Grille v1 créée ({grid.Describe()}).");
        return grid;
    }

    /// <summary>Index of the criterion with this code (codes compare case-insensitively), or -1.</summary>
    public int IndexOf(string code) => _criteria.FindIndex(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Edits this version in place; refused once it is frozen.</summary>
    public void ReplaceCriteria(IReadOnlyList<Criterion> criteria, Actor actor, DateTimeOffset now)
    {
        actor.EnsureProgrammeStaff();
        if (IsFrozen)
        {
            throw new PreconditionFailedException("GRID_FROZEN", Id.ToString(),
                $"La grille v{Version} est figée depuis la première évaluation soumise : créez une nouvelle version.");
        }
        SetCriteria(criteria);
        Audit(now, actor.UserId, AuditAction.GridCriteriaReplaced, Id, $"Critères de la grille v{Version} remplacés ({Describe()}).");
    }

    /// <summary>The next version of a frozen grid, with new criteria; this version stays as it is.</summary>
    public EvaluationGrid NextVersion(IReadOnlyList<Criterion> criteria, Actor actor, DateTimeOffset now)
    {
        actor.EnsureProgrammeStaff();
        if (!IsFrozen)
        {
            throw new PreconditionFailedException("GRID_NOT_FROZEN", Id.ToString(),
                $"La grille v{Version} n'est pas encore utilisée : modifiez-la directement.");
        }
        var next = new EvaluationGrid
        {
            Id = Guid.CreateVersion7(now),
            ProgrammeCode = ProgrammeCode,
            Phase = Phase,
            Version = Version + 1,
            PreviousVersionId = Id,
            CreatedAt = now,
        };
        next.SetCriteria(criteria);
        next.Audit(now, actor.UserId, AuditAction.GridVersionCreated, next.Id, $"Grille v{next.Version} créée à partir de la v{Version} ({next.Describe()}).");
        return next;
    }

    /// <summary>Freezes this version; called when a review scored on it is submitted. Idempotent.</summary>
    public void Freeze(string byUserId, DateTimeOffset now)
    {
        if (IsFrozen)
        {
            return;
        }
        FrozenAt = now;
        Audit(now, byUserId, AuditAction.GridFrozen, Id, $"Grille v{Version} figée : première évaluation soumise.");
    }

    private void SetCriteria(IReadOnlyList<Criterion> criteria)
    {
        var errors = new FieldViolations();
        if (criteria.Count == 0)
        {
            errors.Add("criteria", "Une grille contient au moins un critère.");
        }
        else if (criteria.Count > JuryLimits.MaxCriteria)
        {
            errors.Add("criteria", $"Une grille contient au plus {JuryLimits.MaxCriteria} critères ({criteria.Count}).");
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < criteria.Count; i++)
        {
            var c = criteria[i];
            var path = $"criteria[{i}]";
            if (string.IsNullOrWhiteSpace(c.Code))
            {
                errors.Add($"{path}.code", "Ce champ est obligatoire.");
            }
            else if (!CodePattern().IsMatch(c.Code))
            {
                errors.Add($"{path}.code", $"Code invalide : lettres minuscules, chiffres et « _ », {JuryLimits.CriterionCode} caractères au plus.");
            }
            else if (!seen.Add(c.Code))
            {
                errors.Add($"{path}.code", $"Le code « {c.Code} » est déjà utilisé dans cette grille.");
            }
            errors.RequiredText($"{path}.label", c.Label, JuryLimits.CriterionLabel);
            if (c.Weight is < 1 or > JuryLimits.MaxWeight)
            {
                errors.Add($"{path}.weight", $"Le poids doit être compris entre 1 et {JuryLimits.MaxWeight} (reçu : {c.Weight}).");
            }
            if (c.ScaleMax is < 1 or > JuryLimits.MaxScale)
            {
                errors.Add($"{path}.scale_max", $"Le barème doit aller de 0 à un maximum compris entre 1 et {JuryLimits.MaxScale} (reçu : {c.ScaleMax}).");
            }
        }
        // Stryker disable once Equality : no scales of at most 100 have 10 000 (2⁴·5⁴) as least common multiple, so > and ≥ agree.
        if (!errors.Any && criteria.Aggregate(1L, (lcm, c) => Math.Min(Rational.Lcm(lcm, c.ScaleMax), long.MaxValue / JuryLimits.MaxScale)) > JuryLimits.MaxScalesLcm)
        {
            errors.Add("criteria", $"Ces barèmes ({string.Join(", ", criteria.Select(c => c.ScaleMax).Distinct())}) n'ont pas de multiple commun " +
                $"inférieur à {JuryLimits.MaxScalesLcm} : choisissez des barèmes plus simples (3, 4, 5, 10, 20…).");
        }
        errors.ThrowIfAny();
        _criteria.Clear();
        _criteria.AddRange(criteria.Select(c => c with { Label = c.Label.Trim() }));
        _scoring = null;
    }

    private string Describe() => string.Join(", ", _criteria.Select(c => $"{c.Code} ×{c.Weight} /{c.ScaleMax}"));

    [GeneratedRegex("^[a-z0-9_]{1,40}$")]
    private static partial Regex CodePattern();
}
