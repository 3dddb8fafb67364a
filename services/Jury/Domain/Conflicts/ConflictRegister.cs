using Defis.SharedKernel.Errors;

namespace Defis.Jury.Domain;

/// <summary>
/// The conflicts of interest of one programme's jurors: their declarations, plus detection (the
/// juror's organisation is the dossier's lead structure or one of its partners, names compared with
/// <see cref="NameMatching"/>), minus the overrides an administrator granted. A conflicted juror is
/// never assigned, cannot read the dossier and never sees its scores.
/// </summary>
public sealed class ConflictRegister : AuditedAggregate
{
    private readonly List<ConflictDeclaration> _declarations = [];
    private readonly List<ConflictOverride> _overrides = [];

    private ConflictRegister()
    {
    }

    public Guid Id { get; private set; }

    public string ProgrammeCode { get; private set; } = "";

    public IReadOnlyList<ConflictDeclaration> Declarations => _declarations;

    public IReadOnlyList<ConflictOverride> Overrides => _overrides;

    public static ConflictRegister Open(string programmeCode, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProgrammeCode = programmeCode.Trim().ToUpperInvariant(),
    };

    /// <summary>
    /// A juror declares a conflict; programme staff may record one on a juror's behalf
    /// (<paramref name="jurorUserId"/>), a juror only for themself.
    /// </summary>
    public ConflictDeclaration Declare(Actor actor, string jurorUserId, ConflictTargetKind kind, string? target, ConflictType type,
        string? note, DateTimeOffset now)
    {
        if (jurorUserId != actor.UserId)
        {
            actor.EnsureProgrammeStaff();
        }
        var errors = new FieldViolations();
        var normalisedTarget = Check(errors, jurorUserId, kind, target, type, note);
        errors.ThrowIfAny();
        if (_declarations.Any(d => d.JurorUserId == jurorUserId && d.TargetKind == kind && SameTarget(kind, d.Target, normalisedTarget)))
        {
            throw new ConflictException("Ce conflit d'intérêts est déjà déclaré.", alreadyExists: true);
        }
        var declaration = new ConflictDeclaration(Guid.CreateVersion7(now), jurorUserId, kind, normalisedTarget, type, note?.Trim(), actor.UserId, now);
        _declarations.Add(declaration);
        Audit(now, actor.UserId, AuditAction.ConflictDeclared, Id, $"Conflit {type} déclaré envers {Describe(kind)} « {normalisedTarget} ».",
            kind == ConflictTargetKind.Dossier ? Guid.Parse(normalisedTarget) : null, jurorUserId);
        return declaration;
    }

    /// <summary>
    /// The declaration's own fields, added to <paramref name="errors"/> (so that a caller reports them with its own, all at
    /// once); returns the target as recorded: trimmed, a dossier's id in its canonical form.
    /// </summary>
    public static string Check(FieldViolations errors, string jurorUserId, ConflictTargetKind kind, string? target, ConflictType type, string? note)
    {
        errors.RequiredText("juror_user_id", jurorUserId, JuryLimits.UserId)
            .KnownEnum("target_kind", kind)
            .RequiredText("target", target, JuryLimits.Name)
            .KnownEnum("type", type)
            .OptionalText("note", note, JuryLimits.Reason);
        var normalisedTarget = target?.Trim() ?? "";
        return kind == ConflictTargetKind.Dossier && !string.IsNullOrWhiteSpace(target) ? errors.Id("target", normalisedTarget).ToString() : normalisedTarget;
    }

    /// <summary>An administrator lets a conflicted juror evaluate one dossier; the reason is required and recorded.</summary>
    public ConflictOverride Override(Actor actor, PanelMember juror, DossierProfile dossier, string? reason, DateTimeOffset now)
    {
        actor.EnsureProgrammeStaff();
        new FieldViolations().RequiredText("reason", reason, JuryLimits.Reason).ThrowIfAny();
        var check = Check(juror, dossier);
        if (check.Override is not null)
        {
            throw new ConflictException($"Une dérogation existe déjà pour {juror.DisplayName} sur le dossier {dossier.Reference}.", alreadyExists: true);
        }
        if (check.Findings.Count == 0)
        {
            throw new PreconditionFailedException("NO_CONFLICT", dossier.Reference,
                $"{juror.DisplayName} n'est pas en conflit d'intérêts avec le dossier {dossier.Reference} : aucune dérogation n'est nécessaire.");
        }
        var granted = new ConflictOverride(Guid.CreateVersion7(now), juror.UserId, dossier.Id, reason!.Trim(), actor.UserId, now);
        _overrides.Add(granted);
        Audit(now, actor.UserId, AuditAction.ConflictOverridden, Id,
            $"Dérogation accordée malgré : {string.Join(" ; ", check.Findings.Select(f => f.Description))}. Motif : {granted.Reason}",
            dossier.Id, juror.UserId);
        return granted;
    }

    /// <summary>
    /// The dossier was purged (decision 0032): the notes of declarations against it and the reasons of overrides on it
    /// go. The declarations and overrides stay (a juror, a dossier id, a type): who may see the dossier's scores in
    /// rankings already released does not change.
    /// </summary>
    public void ForgetDossier(Guid dossierId)
    {
        var target = dossierId.ToString();
        for (var i = 0; i < _declarations.Count; i++)
        {
            if (_declarations[i] is { TargetKind: ConflictTargetKind.Dossier } declaration && declaration.Target == target)
            {
                _declarations[i] = declaration with { Note = null };
            }
        }
        for (var i = 0; i < _overrides.Count; i++)
        {
            if (_overrides[i].DossierId == dossierId)
            {
                _overrides[i] = _overrides[i] with { Reason = DossierPurge.Erased };
            }
        }
    }

    /// <summary>Every conflict between this juror and this dossier, with the override if any.</summary>
    public ConflictCheck Check(PanelMember juror, DossierProfile dossier)
    {
        var findings = new List<ConflictFinding>();
        Evaluate(JurorKeys.Of(juror, _declarations), DossierKeys.Of(dossier), findings);
        return new ConflictCheck(findings, findings.Count > 0 ? FindOverride(juror.UserId, dossier.Id) : null);
    }

    /// <summary>
    /// The conflict matrix of these jurors and dossiers: the same rules as <see cref="Check"/>, computed
    /// through an index of the dossiers by organisation and territory key, each name normalised once.
    /// </summary>
    public ConflictMatrix Matrix(IReadOnlyList<PanelMember> jurors, IReadOnlyList<DossierProfile> dossiers)
    {
        var matrix = new ConflictMatrix(dossiers.Count, jurors.Count);
        var jurorIndex = jurors.Select((m, j) => (m.UserId, j)).ToLookup(p => p.UserId, p => p.j);
        var dossierIndex = dossiers.Select((d, i) => (d.Id, i)).ToLookup(p => p.Id, p => p.i);
        var byOrganisation = new Dictionary<string, List<int>>();
        var byTerritory = new Dictionary<string, List<int>>();
        for (var d = 0; d < dossiers.Count; d++)
        {
            Index(byOrganisation, NameMatching.Keys(dossiers[d].LeadStructure), d);
            foreach (var partner in dossiers[d].Partners)
            {
                Index(byOrganisation, NameMatching.Keys(partner), d);
            }
            foreach (var territory in dossiers[d].Territories)
            {
                Index(byTerritory, NameMatching.Keys(territory), d);
            }
        }
        for (var j = 0; j < jurors.Count; j++)
        {
            MarkAll(matrix, byOrganisation, NameMatching.Keys(jurors[j].Organisation), [j]);
        }
        foreach (var declaration in _declarations)
        {
            var declarer = jurorIndex[declaration.JurorUserId];
            switch (declaration.TargetKind)
            {
                case ConflictTargetKind.Dossier:
                    foreach (var d in dossierIndex[Guid.Parse(declaration.Target)])
                    {
                        foreach (var j in declarer)
                        {
                            matrix.Set(d, j);
                        }
                    }
                    break;
                case ConflictTargetKind.Territory:
                    MarkAll(matrix, byTerritory, NameMatching.Keys(declaration.Target), declarer);
                    break;
                default:
                    MarkAll(matrix, byOrganisation, NameMatching.Keys(declaration.Target), declarer);
                    break;
            }
        }
        foreach (var granted in _overrides)
        {
            foreach (var d in dossierIndex[granted.DossierId])
            {
                foreach (var j in jurorIndex[granted.JurorUserId])
                {
                    matrix.Clear(d, j);
                }
            }
        }
        return matrix;
    }

    private static void Index(Dictionary<string, List<int>> index, IReadOnlyList<string> keys, int dossier)
    {
        foreach (var key in keys)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }
            if (list.Count == 0 || list[^1] != dossier)
            {
                list.Add(dossier);
            }
        }
    }

    private static void MarkAll(ConflictMatrix matrix, Dictionary<string, List<int>> index, IReadOnlyList<string> keys, IEnumerable<int> jurors)
    {
        foreach (var key in keys)
        {
            if (index.TryGetValue(key, out var dossiers))
            {
                foreach (var d in dossiers)
                {
                    foreach (var j in jurors)
                    {
                        matrix.Set(d, j);
                    }
                }
            }
        }
    }

    private ConflictOverride? FindOverride(string jurorUserId, Guid dossierId) =>
        _overrides.Find(o => o.JurorUserId == jurorUserId && o.DossierId == dossierId);

    /// <summary>Every reason this juror is in conflict with this dossier.</summary>
    private static void Evaluate(JurorKeys juror, DossierKeys dossier, List<ConflictFinding> findings)
    {
        if (NameMatching.Overlap(juror.Organisation, dossier.Lead))
        {
            findings.Add(new(ConflictBasis.OrganisationLeadsDossier, null, $"L'organisation du juré ({juror.Member.Organisation}) porte le dossier."));
        }
        if (NameMatching.Overlap(juror.Organisation, dossier.Partners))
        {
            findings.Add(new(ConflictBasis.OrganisationIsPartner, null, $"L'organisation du juré ({juror.Member.Organisation}) est partenaire du dossier."));
        }
        if (juror.DeclaredDossiers.TryGetValue(dossier.Profile.Id, out var onDossier))
        {
            findings.Add(Declared(onDossier));
        }
        foreach (var (declaration, keys) in juror.DeclaredNames)
        {
            var applies = declaration.TargetKind == ConflictTargetKind.Territory
                ? NameMatching.Overlap(keys, dossier.Territories)
                : NameMatching.Overlap(keys, dossier.Lead) || NameMatching.Overlap(keys, dossier.Partners);
            if (applies)
            {
                findings.Add(Declared(declaration));
            }
        }
    }

    private static ConflictFinding Declared(ConflictDeclaration declaration) => new(ConflictBasis.Declared, declaration.Type,
        $"Conflit {declaration.Type} déclaré envers {Describe(declaration.TargetKind)} « {declaration.Target} ».", declaration.Id);

    private static bool SameTarget(ConflictTargetKind kind, string a, string b) => kind == ConflictTargetKind.Dossier
        ? a == b
        : NameMatching.Normalise(a) == NameMatching.Normalise(b);

    private static string Describe(ConflictTargetKind kind) => kind switch
    {
        ConflictTargetKind.Organisation => "l'organisation",
        ConflictTargetKind.Territory => "le territoire",
        _ => "le dossier",
    };

    private sealed record JurorKeys(
        PanelMember Member,
        IReadOnlyList<string> Organisation,
        Dictionary<Guid, ConflictDeclaration> DeclaredDossiers,
        IReadOnlyList<(ConflictDeclaration Declaration, IReadOnlyList<string> Keys)> DeclaredNames)
    {
        public static JurorKeys Of(PanelMember member, IReadOnlyList<ConflictDeclaration> declarations)
        {
            var own = declarations.Where(d => d.JurorUserId == member.UserId).ToArray();
            return new(
                member,
                NameMatching.Keys(member.Organisation),
                own.Where(d => d.TargetKind == ConflictTargetKind.Dossier).ToDictionary(d => Guid.Parse(d.Target)),
                own.Where(d => d.TargetKind != ConflictTargetKind.Dossier).Select(d => (d, NameMatching.Keys(d.Target))).ToArray());
        }
    }

    private sealed record DossierKeys(DossierProfile Profile, HashSet<string> Lead, HashSet<string> Partners, HashSet<string> Territories)
    {
        public static DossierKeys Of(DossierProfile dossier) => new(
            dossier,
            [.. NameMatching.Keys(dossier.LeadStructure)],
            [.. dossier.Partners.SelectMany(NameMatching.Keys)],
            [.. dossier.Territories.SelectMany(NameMatching.Keys)]);
    }
}
