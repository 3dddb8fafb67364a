using Defis.SharedKernel.Errors;
using Defis.SharedKernel.Time;

namespace Defis.Submission.Domain;

/// <summary>A call for challenges: Draft → Published → Closed (at its closing time) → Archived.</summary>
public sealed class Programme
{
    private Programme()
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public ProgrammeStatus Status { get; private set; }

    public ProgrammeTerms Terms { get; private set; } = null!;

    /// <summary>Copied from <see cref="Terms"/> so that queries can use them.</summary>
    public DateTimeOffset OpensAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    /// <summary>Copied from <see cref="Terms"/> so that the clock can find the dossiers whose retention lapsed.</summary>
    public int RetentionMonths { get; private set; } = DossierRetention.DefaultMonths;

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public static Programme Draft(ProgrammeTerms terms, string createdBy, DateTimeOffset now)
    {
        ProgrammeTermsCheck.Check(terms).ThrowIfAny();
        var programme = new Programme { Id = Guid.CreateVersion7(now), Status = ProgrammeStatus.Draft, CreatedBy = createdBy, CreatedAt = now };
        programme.Apply(terms);
        return programme;
    }

    /// <summary>
    /// Replaces a draft's terms entirely, checked as at creation. Terms naming another call are refused whatever the
    /// call's state, as any other bad argument is; the code is the call's identity and prefixes its dossiers' references.
    /// </summary>
    public void Revise(ProgrammeTerms terms)
    {
        if (terms.Code != Code)
        {
            throw new RequestValidationException([new FieldViolation("code", $"Le code d'un appel ne change pas : ces conditions sont celles de l'appel {Code}.")]);
        }
        EnsureStatus(ProgrammeStatus.Draft, "PROGRAMME_NOT_DRAFT", $"L'appel {Code} a été publié : ses conditions ne changent plus.");
        ProgrammeTermsCheck.Check(terms).ThrowIfAny();
        Apply(terms);
    }

    /// <summary>
    /// Only a draft is deleted (one made by mistake): a published call has been announced, and is archived once
    /// closed, never deleted.
    /// </summary>
    public void EnsureDeletable() =>
        EnsureStatus(ProgrammeStatus.Draft, "PROGRAMME_NOT_DRAFT", $"L'appel {Code} a été publié : il ne peut plus être supprimé, seulement archivé une fois clos.");

    /// <summary>
    /// Staff may change the retention until the call closes (decision 0032), published or not; the other terms are
    /// frozen at publication. Never purges at once: a dossier is purged only after its whole notice (<see cref="DossierRetention"/>).
    /// </summary>
    public void ChangeRetention(int months, DateTimeOffset now)
    {
        if (StatusAt(now) is not (ProgrammeStatus.Draft or ProgrammeStatus.Published))
        {
            throw new PreconditionFailedException("PROGRAMME_CLOSED", Code,
                $"L'appel {Code} est clos : la durée de conservation de ses dossiers ne change plus.");
        }
        ProgrammeTermsCheck.CheckRetention(months, new FieldViolations()).ThrowIfAny();
        Apply(Terms with { RetentionMonths = months });
    }

    /// <summary>When the retention of this closed call's dossiers lapses; null while the call is not closed.</summary>
    public DateTimeOffset? RetentionLapsesAt => ClosedAt is { } closedAt ? DossierRetention.LapsesAt(closedAt, RetentionMonths) : null;

    public void Publish(DateTimeOffset now)
    {
        EnsureStatus(ProgrammeStatus.Draft, "PROGRAMME_NOT_DRAFT", "Cet appel est déjà publié.");
        if (now > ClosesAt)
        {
            throw new PreconditionFailedException("PROGRAMME_CLOSING_PASSED", Code,
                $"La clôture annoncée ({ParisTime.Format(ClosesAt)}) est passée : corrigez le calendrier avant de publier.");
        }
        Status = ProgrammeStatus.Published;
        PublishedAt = now;
    }

    /// <summary>Records the closing that happened at <see cref="ClosesAt"/>; refused before that instant.</summary>
    public void Close(DateTimeOffset now)
    {
        EnsureStatus(ProgrammeStatus.Published, "PROGRAMME_NOT_PUBLISHED", "Seul un appel publié peut être clos.");
        if (now <= ClosesAt)
        {
            throw new PreconditionFailedException("PROGRAMME_STILL_OPEN", Code, $"L'appel reste ouvert jusqu'au {ParisTime.Format(ClosesAt)}.");
        }
        Status = ProgrammeStatus.Closed;
        ClosedAt = ClosesAt;
    }

    public void Archive()
    {
        EnsureStatus(ProgrammeStatus.Closed, "PROGRAMME_NOT_CLOSED", "Seul un appel clos peut être archivé.");
        Status = ProgrammeStatus.Archived;
    }

    /// <summary>A published call closes by itself at its closing time, before anyone records it.</summary>
    public ProgrammeStatus StatusAt(DateTimeOffset now) =>
        Status == ProgrammeStatus.Published && now > ClosesAt ? ProgrammeStatus.Closed : Status;

    /// <summary>Open from its opening instant up to and including its closing instant (docs/decisions/0008).</summary>
    public bool IsOpenAt(DateTimeOffset now) => StatusAt(now) == ProgrammeStatus.Published && now >= OpensAt;

    /// <summary>Refuses, naming the deadline, anything filed outside the call's window.</summary>
    public void EnsureOpen(DateTimeOffset now)
    {
        if (Status == ProgrammeStatus.Draft)
        {
            throw new PreconditionFailedException("PROGRAMME_NOT_PUBLISHED", Code, $"L'appel {Code} n'est pas encore publié.");
        }
        if (now < OpensAt && Status == ProgrammeStatus.Published)
        {
            throw new PreconditionFailedException("PROGRAMME_NOT_OPEN", Code, $"L'appel {Code} ouvre le {ParisTime.Format(OpensAt)}.");
        }
        if (!IsOpenAt(now))
        {
            throw new PreconditionFailedException("PROGRAMME_CLOSED", Code,
                $"L'appel {Code} est clos : les dossiers devaient être déposés au plus tard le {ParisTime.Format(ClosesAt)} (heure de Paris).");
        }
    }

    private void Apply(ProgrammeTerms terms)
    {
        Terms = terms;
        Code = terms.Code;
        OpensAt = terms.OpensAt;
        ClosesAt = terms.ClosesAt;
        RetentionMonths = terms.RetentionMonths;
    }

    private void EnsureStatus(ProgrammeStatus expected, string type, string description)
    {
        if (Status != expected)
        {
            throw new PreconditionFailedException(type, Code, description);
        }
    }
}
