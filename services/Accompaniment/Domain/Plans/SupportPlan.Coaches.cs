using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Events;
using Defis.SharedKernel.Errors;

namespace Defis.Accompaniment.Domain.Plans;

public sealed partial class SupportPlan
{
    /// <summary>Programme staff hand a plan from one coach to another they name.</summary>
    public CoachReassigned ReassignCoach(string fromCoachId, string toCoachId, Change change)
    {
        RequireStaff(change, "réattribuer un coach");
        if (string.IsNullOrWhiteSpace(toCoachId))
        {
            new FieldViolations().Add("to_coach_id", "Ce champ est obligatoire.").ThrowIfAny();
        }
        var index = _coachIds.IndexOf(fromCoachId);
        if (index < 0)
        {
            throw new NotFoundException("Coach du plan", fromCoachId);
        }
        if (IsCoach(toCoachId))
        {
            throw new ConflictException("Ce coach accompagne déjà ce plan.", alreadyExists: true);
        }
        _coachIds[index] = toCoachId;
        return new(EventHeader.For(change), Id, fromCoachId, toCoachId);
    }

    /// <summary>Programme staff hand a plan from one coach to the least-loaded other coach of the team.</summary>
    public CoachReassigned ReassignCoach(string fromCoachId, IReadOnlyList<CoachLoad> team, Change change)
    {
        RequireStaff(change, "réattribuer un coach");
        var to = CoachAssignment.LeastLoaded(team, 1, _coachIds)[0];
        return ReassignCoach(fromCoachId, to, change);
    }

    /// <summary>Programme staff add the least-loaded coach not already on the plan (co-coaching).</summary>
    public CoachAssigned AddCoach(IReadOnlyList<CoachLoad> team, Change change)
    {
        RequireStaff(change, "ajouter un coach");
        if (_coachIds.Count >= MaxCoaches)
        {
            throw new PreconditionFailedException("COACHES", "coaches", $"Un plan compte au plus {MaxCoaches} coachs.");
        }
        var coach = CoachAssignment.LeastLoaded(team, 1, _coachIds)[0];
        _coachIds.Add(coach);
        return new(EventHeader.For(change), Id, coach);
    }
}
