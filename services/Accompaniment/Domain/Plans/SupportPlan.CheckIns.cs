using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.CheckIns;
using Defis.Accompaniment.Domain.Events;

namespace Defis.Accompaniment.Domain.Plans;

public sealed partial class SupportPlan
{
    public CheckIn? LastCheckIn => _checkIns.Count == 0 ? null : _checkIns.MaxBy(c => c.SubmittedAt);

    /// <summary>A member of the laureate team reports progress, risks and the help they need.</summary>
    public CheckInRecorded RecordCheckIn(string progress, string? risks, string? helpNeeded, Change change)
    {
        RequireLaureate(change, "rendre compte de l'avancement");
        var checkIn = CheckIn.Create(Id, change.By.UserId, change.Now, progress, risks, helpNeeded);
        _checkIns.Add(checkIn);
        return new(EventHeader.For(change), Id, checkIn.Id, checkIn.ReportsRisks, checkIn.AsksForHelp);
    }
}
