namespace Defis.Accompaniment.Domain.Sessions;

public enum SessionKind
{
    /// <summary>An online information session for would-be candidates, often one of a weekly series.</summary>
    InfoWebinar = 1,

    /// <summary>A workshop that helps teams prepare their dossier before the deadline.</summary>
    PreparationWorkshop = 2,

    /// <summary>A coaching session for laureates, possibly tied to one support plan.</summary>
    Coaching = 3,
}
