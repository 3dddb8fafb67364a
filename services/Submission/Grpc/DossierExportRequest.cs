using Defis.ServiceInfrastructure.Documents;
using Defis.SharedKernel.Errors;
using ProgrammeTermsCheck = Defis.Submission.Domain.ProgrammeTermsCheck;

namespace Defis.Submission.Grpc;

/// <summary>What a dossiers export asks for, streamed or as a job: a call's code and a format, each refused by name.</summary>
internal static class DossierExportRequest
{
    public static (string Code, SpreadsheetFormat Format) Read(string programmeCode, string format)
    {
        var errors = new FieldViolations();
        var code = programmeCode.Trim().ToUpperInvariant();
        if (!ProgrammeTermsCheck.IsProgrammeCode(code))
        {
            errors.Add("programme_code", "Code d'appel attendu, par exemple CB21.");
        }
        var parsed = SpreadsheetExport.Format(errors, format);
        errors.ThrowIfAny();
        return (code, parsed);
    }
}
