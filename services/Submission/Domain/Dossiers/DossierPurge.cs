using Defis.SharedKernel.Errors;
using Defis.SharedKernel.Teams;

namespace Defis.Submission.Domain;

/// <summary>Why a dossier's personal data was purged (decision 0032).</summary>
public enum DossierPurgeReason
{
    /// <summary>The call's retention lapsed.</summary>
    Retention = 1,

    /// <summary>A person asked for their data to be erased (RGPD art. 17).</summary>
    Erasure = 2,
}

/// <summary>
/// The purge of a dossier (decision 0032): the content and the team's identities go, what anonymous counts and the
/// call's statistics need stays (id, reference, call, status, dates, theme, territories, amounts).
/// </summary>
public sealed partial class Dossier
{
    public const string PurgedTitle = "Dossier supprimé";

    public DossierPurgeReason? PurgeReason { get; private set; }

    /// <summary>Why a legal duty keeps this dossier's data, in French; null when nothing keeps it.</summary>
    public string? KeptBecause => DossierRetention.KeptBecause(Status);

    /// <summary>Takes the retention warning due now for this closed call's dossier, if any: when it will be purged.</summary>
    public DateTimeOffset? TakePurgeWarning(Programme programme, DateTimeOffset now)
    {
        if (RetentionStepAt(programme, now) != RetentionStep.Warn)
        {
            return null;
        }
        PurgeWarnedAt = now;
        return DossierRetention.PurgesAt(programme.RetentionLapsesAt!.Value, now);
    }

    /// <summary>Purges this dossier if its call's retention lapsed and its notice ran out; whether it did.</summary>
    public bool PurgeIfDue(Programme programme, DateTimeOffset now) =>
        RetentionStepAt(programme, now) == RetentionStep.Purge && Purge(DossierPurgeReason.Retention, now);

    private RetentionStep RetentionStepAt(Programme programme, DateTimeOffset now)
    {
        EnsureSameProgramme(programme);
        if (IsPurged || KeptBecause is not null || programme.RetentionLapsesAt is not { } lapsesAt)
        {
            return RetentionStep.None;
        }
        return DossierRetention.Due(lapsesAt, PurgeWarnedAt, now);
    }

    /// <summary>
    /// Empties the content and the team's identities; refused while a legal duty keeps the dossier. Returns false,
    /// changing nothing, when it was already purged.
    /// </summary>
    public bool Purge(DossierPurgeReason reason, DateTimeOffset now)
    {
        if (IsPurged)
        {
            return false;
        }
        if (KeptBecause is { } why)
        {
            throw new PreconditionFailedException("DOSSIER_KEPT", Id.ToString(), why);
        }
        Title = PurgedTitle;
        LeadStructureName = "";
        LeadStructureSiret = null;
        ContactEmail = "";
        CreatedBy = "";
        CoEditorEmails = [];
        Correction = null;
        Details = AnonymousDetails(Details);
        History = [.. History.Select(change => change with { By = "", Reason = null })];
        PurgedAt = now;
        PurgeReason = reason;
        Version++;
        return true;
    }

    /// <summary>Why a co-editor's erasure leaves the dossier itself in place, in French.</summary>
    public const string LedByAnother = "Dossier porté par une autre personne : seule sa place de co-éditeur est retirée";

    /// <summary>
    /// A person's erasure (RGPD art. 17) as it applies to this dossier. The lead's dossier is purged when no legal duty
    /// keeps it, else kept with the reason. A co-editor's erasure never purges another person's dossier: they leave its
    /// editors and, when no duty keeps the dossier as filed, its team list. Null when the dossier is not theirs.
    /// </summary>
    public DossierErasure? EraseFor(Actor person, DateTimeOffset now)
    {
        if (!IsEditor(person))
        {
            return null;
        }
        if (!IsLead(person))
        {
            var why = KeptBecause;
            ForgetCoEditor(person.Email!, fromTeam: why is null);
            return new DossierErasure(Id, Reference, ProgrammeCode, Lead: false, Purged: false, why ?? LedByAnother, CoEditorRemoved: true);
        }
        if (KeptBecause is { } kept)
        {
            return new DossierErasure(Id, Reference, ProgrammeCode, Lead: true, Purged: false, kept, CoEditorRemoved: false);
        }
        Purge(DossierPurgeReason.Erasure, now);
        return new DossierErasure(Id, Reference, ProgrammeCode, Lead: true, Purged: true, KeptBecause: null, CoEditorRemoved: false);
    }

    /// <summary>
    /// Removes <paramref name="email"/> from the editors: the person loses access and their invitation. With
    /// <paramref name="fromTeam"/>, their line in the team list goes too; without it (a legal duty keeps the dossier as
    /// it was filed), the list stays. Whether they were an editor.
    /// </summary>
    public bool ForgetCoEditor(string email, bool fromTeam = false)
    {
        if (!IsCoEditor(email))
        {
            return false;
        }
        var normalized = EmailAddress.Normalised(email);
        CoEditorEmails = [.. CoEditorEmails.Where(e => e != normalized)];
        if (fromTeam)
        {
            Details = Details with { Team = [.. Details.Team.Where(m => EmailAddress.Normalised(m.Email) != normalized)] };
        }
        Version++;
        return true;
    }

    /// <summary>What counts need: maturity, territories, the budget's categories, countries and amounts, without names.</summary>
    private static DossierDetails AnonymousDetails(DossierDetails details) => DossierDetails.Empty with
    {
        Maturity = details.Maturity,
        Territories = details.Territories,
        Budget = details.Budget with
        {
            Lines = [.. details.Budget.Lines.Select(line => line with { Label = "", ProviderName = "" })],
        },
    };
}

/// <summary>What a person's erasure did to one dossier they led (<paramref name="Lead"/>) or co-edited.</summary>
public sealed record DossierErasure(
    Guid DossierId, string? Reference, string ProgrammeCode, bool Lead, bool Purged, string? KeptBecause, bool CoEditorRemoved);
