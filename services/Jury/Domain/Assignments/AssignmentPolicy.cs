using Defis.SharedKernel.Errors;

namespace Defis.Jury.Domain;

/// <summary>How many reviewers each dossier gets, and the most dossiers one juror may be given in this phase.</summary>
public sealed record AssignmentPolicy(int ReviewersPerDossier, int MaxPerJuror)
{
    public const int MaxReviewersPerDossier = 20;

    public void Validate()
    {
        var errors = new FieldViolations();
        if (ReviewersPerDossier is < 1 or > MaxReviewersPerDossier)
        {
            errors.Add("reviewers_per_dossier", $"Le nombre de rapporteurs par dossier doit être compris entre 1 et {MaxReviewersPerDossier} (reçu : {ReviewersPerDossier}).");
        }
        if (MaxPerJuror < 1)
        {
            errors.Add("max_per_juror", $"Le nombre maximal de dossiers par juré doit être au moins 1 (reçu : {MaxPerJuror}).");
        }
        errors.ThrowIfAny();
    }
}
