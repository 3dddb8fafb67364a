namespace Defis.Submission.Domain;

public enum DossierStatus
{
    Draft = 1,
}
