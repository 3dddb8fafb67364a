using Defis.SharedKernel.Errors;
using Defis.SharedKernel.Teams;
using Defis.SharedKernel.Time;

namespace Defis.Submission.Domain;

/// <summary>
/// One team's application to one programme (call). Draft → Submitted → UnderReview → Selected /
/// NotSelected; staff may return it for correction, the team resubmits it; the lead may withdraw it
/// before a decision. Every transition is kept in <see cref="History"/>.
/// </summary>
public sealed partial class Dossier
{
    private static readonly DossierStatus[] Editable = [DossierStatus.Draft, DossierStatus.ReturnedForCorrection];

    private static readonly DossierStatus[] Withdrawable =
        [DossierStatus.Draft, DossierStatus.Submitted, DossierStatus.UnderReview, DossierStatus.ReturnedForCorrection, DossierStatus.Resubmitted];

    private Dossier()
    {
    }

    public Guid Id { get; private set; }

    public string ProgrammeCode { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string LeadStructureName { get; private set; } = "";

    public LeadStructureType LeadStructureType { get; private set; }

    public string? LeadStructureSiret { get; private set; }

    public string ContactEmail { get; private set; } = "";

    public string Theme { get; private set; } = "";

    public DossierDetails Details { get; private set; } = DossierDetails.Empty;

    /// <summary>The territories' keys (e.g. "D:69"), kept apart so that lists can filter on them.</summary>
    public List<string> TerritoryKeys { get; private set; } = [];

    /// <summary>Team members the lead invited to edit, by lower-case email.</summary>
    public List<string> CoEditorEmails { get; private set; } = [];

    public DossierStatus Status { get; private set; }

    /// <summary>Set at the first submission, e.g. CB21-0042; unique per programme.</summary>
    public string? Reference { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public CorrectionRequest? Correction { get; private set; }

    public Phase? SelectedPhase { get; private set; }

    public List<StatusChange> History { get; private set; } = [];

    /// <summary>The user who started the dossier: its lead editor.</summary>
    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The last draft reminder sent, in days before closing (7, then 1); null before any.</summary>
    public int? LastReminderDays { get; private set; }

    /// <summary>When the team was warned that the idle draft will expire; a later change makes it void (<see cref="DraftExpiry"/>).</summary>
    public DateTimeOffset? ExpiryWarnedAt { get; private set; }

    /// <summary>When the team was told that the call's retention lapses (<see cref="DossierRetention"/>, decision 0032).</summary>
    public DateTimeOffset? PurgeWarnedAt { get; private set; }

    /// <summary>When the content and the team's identities were purged (<see cref="Purge"/>); null while they are kept.</summary>
    public DateTimeOffset? PurgedAt { get; private set; }

    public bool IsPurged => PurgedAt is not null;

    /// <summary>Raised by every change, so that a client editing an older copy is told instead of overwriting.</summary>
    public int Version { get; private set; }

    public DossierContent Content => new(Title, new LeadStructure(LeadStructureName, LeadStructureType, LeadStructureSiret), ContactEmail, Theme, Details);

    public static Dossier StartDraft(string programmeCode, string title, string leadStructureName, LeadStructureType leadStructureType,
        string contactEmail, string createdBy, DateTimeOffset now)
    {
        var dossier = new Dossier
        {
            Id = Guid.CreateVersion7(now),
            ProgrammeCode = programmeCode.Trim().ToUpperInvariant(),
            Title = title.Trim(),
            LeadStructureName = leadStructureName.Trim(),
            LeadStructureType = leadStructureType,
            ContactEmail = contactEmail.Trim(),
            CreatedBy = createdBy,
            CreatedAt = now,
            UpdatedAt = now,
        };
        dossier.Move(DossierStatus.Draft, createdBy, now);
        return dossier;
    }

    /// <summary>A purged dossier has no team any more: nobody is its lead.</summary>
    public bool IsLead(Actor actor) => !IsPurged && actor.UserId == CreatedBy;

    /// <summary>The lead and the team members the lead invited.</summary>
    public bool IsEditor(Actor actor) => IsLead(actor) || IsCoEditor(actor.Email);

    /// <summary>Whether <paramref name="email"/> is one of the team members the lead invited to edit.</summary>
    public bool IsCoEditor(string? email) => EmailAddress.IsAmong(email, CoEditorEmails);

    /// <summary>Applicants see the dossiers they lead or co-edit; programme staff see every dossier.</summary>
    public bool IsVisibleTo(Actor actor) => actor.IsProgrammeStaff || IsEditor(actor);

    public bool IsVisibleTo(string userId, bool isProgrammeStaff) => IsVisibleTo(new Actor(userId, null, isProgrammeStaff));

    /// <summary>Replaces the content; only editors, only in Draft or ReturnedForCorrection, only while the window is open.</summary>
    public void Edit(Actor actor, DossierContent content, Programme programme, DateTimeOffset now)
    {
        EnsureEditor(actor);
        EnsureEditable(programme, now);
        DossierContentCheck.Check(content).ThrowIfAny();
        Title = content.Title.Trim();
        LeadStructureName = content.Lead.Name.Trim();
        LeadStructureType = content.Lead.Type;
        LeadStructureSiret = string.IsNullOrWhiteSpace(content.Lead.Siret) ? null : content.Lead.Siret;
        ContactEmail = content.ContactEmail.Trim();
        Theme = content.Theme.Trim();
        Details = content.Details;
        TerritoryKeys = content.Details.Territories.Select(t => t.Key).Distinct().ToList();
        UpdatedAt = now;
        Version++;
    }

    /// <summary>A client that sends the version it read is refused when someone changed the dossier since.</summary>
    public void EnsureVersion(int? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != Version)
        {
            throw new ConflictException(
                $"Le dossier a été modifié par ailleurs (version {Version}, vous éditiez la version {expected}) : rechargez-le avant d'enregistrer.");
        }
    }

    /// <summary>The lead lets a team member edit the dossier too.</summary>
    public void InviteCoEditor(Actor actor, string email, Programme programme, DateTimeOffset now)
    {
        EnsureLead(actor, "Seul le porteur du dossier peut inviter des co-éditeurs.");
        EnsureEditable(programme, now);
        var normalized = EmailAddress.Normalised(email);
        if (!Details.Team.Any(m => string.Equals(m.Email.Trim(), normalized, StringComparison.OrdinalIgnoreCase)))
        {
            throw new RequestValidationException([new FieldViolation("email", "Seul un membre de l'équipe du dossier peut être invité.")]);
        }
        if (!CoEditorEmails.Contains(normalized))
        {
            CoEditorEmails = [.. CoEditorEmails, normalized];
            UpdatedAt = now;
            Version++;
        }
    }

    /// <summary>
    /// Everything that stands between this dossier and its (re)submission, raised as one error: access,
    /// state, deadline (FAILED_PRECONDITION naming it), then every incomplete or ineligible field.
    /// </summary>
    public void EnsureSubmittable(Actor actor, Programme programme, DateTimeOffset now)
    {
        EnsureLead(actor, "Seul le porteur du dossier peut le déposer.");
        EnsureEditable(programme, now);
        EnsureSameProgramme(programme);
        SubmissionCheck.Check(programme.Terms, Content).ThrowIfAny();
    }

    /// <summary>Files the dossier; the first submission needs the reference the programme's counter gave it.</summary>
    public void Submit(Actor actor, Programme programme, DateTimeOffset now, string? reference)
    {
        EnsureSubmittable(actor, programme, now);
        if (Status == DossierStatus.ReturnedForCorrection)
        {
            Correction = null;
            Move(DossierStatus.Resubmitted, actor.UserId, now);
            return;
        }
        Reference = reference ?? throw new ArgumentNullException(nameof(reference), "A first submission needs its reference.");
        SubmittedAt = now;
        Move(DossierStatus.Submitted, actor.UserId, now);
    }

    public bool NeedsReference => Reference is null;

    /// <summary>Takes the reminder due now for this draft, if any; at most once per threshold.</summary>
    public int? TakeDueReminder(Programme programme, DateTimeOffset now)
    {
        EnsureSameProgramme(programme);
        if (Status != DossierStatus.Draft || IsPurged || DraftReminders.Due(programme, LastReminderDays, now) is not { } days)
        {
            return null;
        }
        LastReminderDays = days;
        return days;
    }

    /// <summary>Takes the expiry warning due now for this idle draft, if any: when it will expire. The warning is no activity.</summary>
    public DateTimeOffset? TakeExpiryWarning(DateTimeOffset now)
    {
        if (Status != DossierStatus.Draft || IsPurged || DraftExpiry.Due(UpdatedAt, ExpiryWarnedAt, now) != DraftExpiryStep.Warn)
        {
            return null;
        }
        ExpiryWarnedAt = now;
        return DraftExpiry.ExpiresAt(UpdatedAt, now);
    }

    /// <summary>Withdraws this draft for the platform if its notice has run out; returns its last activity, or null.</summary>
    public DateTimeOffset? ExpireIfDue(DateTimeOffset now)
    {
        if (Status != DossierStatus.Draft || IsPurged || DraftExpiry.Due(UpdatedAt, ExpiryWarnedAt, now) != DraftExpiryStep.Expire)
        {
            return null;
        }
        var lastActivity = UpdatedAt;
        Move(DossierStatus.Withdrawn, ExpiredBy, now, $"Brouillon expiré : aucune modification depuis le {ParisTime.Format(lastActivity)}.");
        return lastActivity;
    }

    /// <summary>Who a draft's expiry is recorded against in its history.</summary>
    public const string ExpiredBy = "système";

    public void StartReview(Actor staff, DateTimeOffset now)
    {
        EnsureStaff(staff);
        EnsureStatus("démarrer l'instruction", DossierStatus.Submitted, DossierStatus.Resubmitted);
        Move(DossierStatus.UnderReview, staff.UserId, now);
    }

    /// <summary>Staff send a filed dossier back with reasons; the team may correct it until the deadline, if any.</summary>
    public void ReturnForCorrection(Actor staff, IReadOnlyList<string> reasons, DateTimeOffset? deadline, DateTimeOffset now)
    {
        EnsureStaff(staff);
        var errors = new FieldViolations();
        if (reasons.Count == 0 || reasons.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("reasons", "Indiquez au moins un motif, sans motif vide.");
        }
        for (var i = 0; i < reasons.Count; i++)
        {
            errors.OptionalText($"reasons[{i}]", reasons[i], DossierLimits.Reason);
        }
        if (deadline <= now)
        {
            errors.Add("correction_deadline", "La date limite de correction doit être future.");
        }
        errors.ThrowIfAny();
        EnsureStatus("renvoyer pour correction", DossierStatus.Submitted, DossierStatus.Resubmitted, DossierStatus.UnderReview);
        Correction = new CorrectionRequest(reasons.Select(r => r.Trim()).ToList(), deadline);
        Move(DossierStatus.ReturnedForCorrection, staff.UserId, now, string.Join(" ; ", Correction.Reasons));
    }

    /// <summary>The jury's outcome: selected for a phase, or not selected.</summary>
    public void Decide(Actor staff, Phase? selectedFor, string? reason, DateTimeOffset now)
    {
        EnsureStaff(staff);
        EnsureStatus("statuer", DossierStatus.UnderReview);
        SelectedPhase = selectedFor;
        Move(selectedFor is null ? DossierStatus.NotSelected : DossierStatus.Selected, staff.UserId, now, reason);
    }

    /// <summary>
    /// Records a decision the jury released for <paramref name="phase"/>. Funding is incremental: a laureate of
    /// one phase may be selected for the next, and a laureate not retained for a later phase keeps the phase it won.
    /// Returns false, changing nothing, when the decision is stale (an earlier phase than the one already won) or
    /// when the dossier has left the competition (withdrawn, or a team still correcting it).
    /// </summary>
    public bool RecordJuryDecision(Phase phase, bool selected, string decidedBy, DateTimeOffset now)
    {
        if (!InCompetition || SelectedPhase >= phase)
        {
            return false;
        }
        if (selected)
        {
            SelectedPhase = phase;
            Move(DossierStatus.Selected, decidedBy, now, $"Retenu pour la phase « {phase.InFrench()} ».");
        }
        else
        {
            Move(Status == DossierStatus.Selected ? DossierStatus.Selected : DossierStatus.NotSelected, decidedBy, now,
                $"Non retenu pour la phase « {phase.InFrench()} ».");
        }
        return true;
    }

    /// <summary>
    /// Records the correction of a released decision for <paramref name="phase"/>: its outcome replaces the one
    /// recorded before, so a dossier not selected may now be, and a selection may be taken back, the dossier then
    /// holding the phase it held before that selection (none: NotSelected). Returns false, changing nothing, when
    /// the dossier has left the competition or the correction changes nothing it holds (a later phase won since).
    /// </summary>
    public bool RecordJuryCorrection(Phase phase, bool selected, string decidedBy, DateTimeOffset now)
    {
        if ((!InCompetition && Status != DossierStatus.NotSelected) || IsPurged)
        {
            return false;
        }
        if (selected)
        {
            if (SelectedPhase >= phase)
            {
                return false;
            }
            SelectedPhase = phase;
            Move(DossierStatus.Selected, decidedBy, now, $"Décision corrigée : retenu pour la phase « {phase.InFrench()} ».");
            return true;
        }
        if (SelectedPhase != phase)
        {
            return false;
        }
        SelectedPhase = PhaseHeldBeforeSelectionFor(phase);
        Move(SelectedPhase is null ? DossierStatus.NotSelected : DossierStatus.Selected, decidedBy, now,
            $"Décision corrigée : non retenu pour la phase « {phase.InFrench()} ».");
        return true;
    }

    /// <summary>The phase the history shows just before the dossier last came to hold <paramref name="phase"/>.</summary>
    private Phase? PhaseHeldBeforeSelectionFor(Phase phase)
    {
        for (var i = History.Count - 1; i > 0; i--)
        {
            if (History[i].SelectedPhase == phase && History[i - 1].SelectedPhase != phase)
            {
                return History[i - 1].SelectedPhase;
            }
        }
        return null;
    }

    private bool InCompetition => Status is DossierStatus.Submitted or DossierStatus.Resubmitted or DossierStatus.UnderReview or DossierStatus.Selected;

    /// <summary>The lead takes the dossier back before any decision.</summary>
    public void Withdraw(Actor actor, string? reason, DateTimeOffset now)
    {
        EnsureLead(actor, "Seul le porteur du dossier peut le retirer.");
        EnsureStatus("retirer le dossier", Withdrawable);
        Move(DossierStatus.Withdrawn, actor.UserId, now, reason);
    }

    private void EnsureEditable(Programme programme, DateTimeOffset now)
    {
        EnsureStatus("modifier le dossier", Editable);
        if (Status == DossierStatus.Draft)
        {
            EnsureSameProgramme(programme);
            programme.EnsureOpen(now);
        }
        else if (Correction?.Deadline is { } deadline && now > deadline)
        {
            throw new PreconditionFailedException("CORRECTION_DEADLINE_PASSED", Id.ToString(),
                $"Le délai de correction a expiré le {ParisTime.Format(deadline)} (heure de Paris).");
        }
    }

    private void EnsureSameProgramme(Programme programme)
    {
        if (programme.Code != ProgrammeCode)
        {
            throw new ArgumentException($"Dossier {Id} belongs to {ProgrammeCode}, not {programme.Code}.", nameof(programme));
        }
    }

    private void EnsureEditor(Actor actor)
    {
        if (!IsEditor(actor))
        {
            throw actor.IsProgrammeStaff
                ? new PermissionDeniedException("Le personnel du programme ne modifie pas les dossiers des équipes.")
                : new NotFoundException("Dossier", Id.ToString());
        }
    }

    private void EnsureLead(Actor actor, string message)
    {
        EnsureEditor(actor);
        if (!IsLead(actor))
        {
            throw new PermissionDeniedException(message);
        }
    }

    private static void EnsureStaff(Actor actor)
    {
        if (!actor.IsProgrammeStaff)
        {
            throw new PermissionDeniedException("Réservé à l'équipe du programme.");
        }
    }

    private void EnsureStatus(string action, params DossierStatus[] allowed)
    {
        if (PurgedAt is { } purgedAt)
        {
            throw new PreconditionFailedException("DOSSIER_PURGED", Id.ToString(),
                $"Impossible de {action} : le dossier a été supprimé le {ParisTime.Format(purgedAt)} (conservation échue ou effacement demandé).");
        }
        if (!allowed.Contains(Status))
        {
            throw new PreconditionFailedException("DOSSIER_STATUS", Id.ToString(), $"Impossible de {action} : le dossier est au statut {Status}.");
        }
    }

    private void Move(DossierStatus to, string by, DateTimeOffset now, string? reason = null)
    {
        Version++;
        History = [.. History, new StatusChange(History.Count == 0 ? null : Status, to, by, now, reason, SelectedPhase)];
        Status = to;
        UpdatedAt = now;
    }
}
