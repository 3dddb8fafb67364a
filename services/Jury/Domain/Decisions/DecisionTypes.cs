using Defis.SharedKernel.Errors;

namespace Defis.Jury.Domain;

public enum DecisionStatus
{
    /// <summary>The president is staging selections; nothing is public.</summary>
    Draft = 1,

    /// <summary>Released in one act; immutable. A correction is a new decision that links to it.</summary>
    Released = 2,
}

/// <summary>The outcome per dossier; each becomes an integration event (DossierSelected / DossierNotSelected).</summary>
public enum DecisionOutcomeKind
{
    Selected = 1,
    NotSelected = 2,
}

/// <summary>How many dossiers a release must select, when the call says (e.g. exactly 24; or 3 to 5).</summary>
public sealed record SelectionQuota(int? Minimum = null, int? Maximum = null)
{
    public static SelectionQuota None { get; } = new();

    public static SelectionQuota Exactly(int count) => new(count, count);

    public void Validate()
    {
        var errors = new FieldViolations();
        if (Minimum < 0)
        {
            errors.Add("quota.minimum", $"Le minimum ne peut pas être négatif (reçu : {Minimum}).");
        }
        if (Maximum < 1)
        {
            errors.Add("quota.maximum", $"Le maximum doit être au moins 1 (reçu : {Maximum}).");
        }
        if (Minimum > Maximum)
        {
            errors.Add("quota", $"Le minimum ({Minimum}) dépasse le maximum ({Maximum}).");
        }
        errors.ThrowIfAny();
    }

    public bool Allows(int selected) => (Minimum is null || selected >= Minimum) && (Maximum is null || selected <= Maximum);

    public override string ToString() => (Minimum, Maximum) switch
    {
        (null, null) => "sans quota",
        ({ } min, { } max) when min == max => $"{min} exactement",
        (null, { } max) => $"{max} au plus",
        ({ } min, null) => $"{min} au moins",
        var (min, max) => $"de {min} à {max}",
    };
}

/// <summary>A dossier in competition in one decision.</summary>
public sealed record DecisionCandidate(Guid DossierId, string DossierReference);

/// <summary>A dossier the president intends to select, why, and the grant the jury recommends (euro cents).</summary>
public sealed record StagedSelection(Guid DossierId, string DossierReference, string Rationale, long RecommendedGrantCents);

public sealed record DecisionOutcome(Guid DossierId, string DossierReference, DecisionOutcomeKind Outcome, string? Rationale, long? RecommendedGrantCents);

/// <summary>The release record: one outcome per candidate, in candidate order.</summary>
public sealed record DecisionRelease(
    Guid DecisionId,
    string ProgrammeCode,
    Phase Phase,
    string ReleasedBy,
    DateTimeOffset ReleasedAt,
    Guid? CorrectsDecisionId,
    int Revision,
    IReadOnlyList<DecisionOutcome> Outcomes)
{
    /// <summary>
    /// The outcomes to announce: all of a first release; of a correction, only those that differ from the
    /// release it corrects (<paramref name="corrected"/>), since the others were announced already.
    /// </summary>
    public IReadOnlyList<DecisionOutcome> ChangedSince(DecisionRelease? corrected)
    {
        if (corrected is null)
        {
            return Outcomes;
        }
        if (corrected.DecisionId != CorrectsDecisionId)
        {
            throw new ArgumentException($"Decision {DecisionId} does not correct decision {corrected.DecisionId}.", nameof(corrected));
        }
        var before = corrected.Outcomes.ToDictionary(o => o.DossierId, o => o.Outcome);
        return Outcomes.Where(o => !before.TryGetValue(o.DossierId, out var outcome) || outcome != o.Outcome).ToArray();
    }
}
