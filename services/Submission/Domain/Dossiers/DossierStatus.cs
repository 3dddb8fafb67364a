namespace Defis.Submission.Domain;

public enum DossierStatus
{
    Draft = 1,
    Submitted = 2,
    UnderReview = 3,
    Selected = 4,
    NotSelected = 5,
    ReturnedForCorrection = 6,
    Resubmitted = 7,
    Withdrawn = 8,
}
