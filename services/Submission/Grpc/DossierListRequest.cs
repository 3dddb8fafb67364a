using Defis.SharedKernel.Errors;
using Defis.Submission.Domain;
using Contract = Defis.Contracts.Submission.V1;

namespace Defis.Submission.Grpc;

/// <summary>A checked list request: filters in domain terms, the page size and where the previous page stopped.</summary>
internal sealed record DossierListRequest(string? ProgrammeCode, DossierStatus? Status, string? Theme, string? TerritoryKey, int PageSize, Guid? After)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static DossierListRequest Read(Contract.ListDossiersRequest request)
    {
        var errors = new FieldViolations();
        if (request.Status != Contract.DossierStatus.Unspecified)
        {
            errors.KnownEnum("status", request.Status);
        }
        var territory = ReadTerritoryKey(errors, request.Territory);
        var pageSize = ReadPageSize(errors, request.PageSize);
        var after = ReadPageToken(errors, request.PageToken);
        errors.OptionalText("theme", request.Theme, DossierLimits.Theme);
        errors.OptionalText("programme_code", request.ProgrammeCode, DossierLimits.ProgrammeCode);
        errors.ThrowIfAny();
        return new DossierListRequest(Blank(request.ProgrammeCode)?.ToUpperInvariant(),
            request.Status == Contract.DossierStatus.Unspecified ? null : request.Status.As<DossierStatus>(),
            Blank(request.Theme), territory, pageSize, after);
    }

    public static int ReadPageSize(FieldViolations errors, int requested)
    {
        if (requested is < 0 or > MaxPageSize)
        {
            errors.Add("page_size", $"Entre 1 et {MaxPageSize} (reçu : {requested}).");
        }
        return requested == 0 ? DefaultPageSize : requested;
    }

    /// <summary>The token is the id of the last dossier of the previous page: ids are time-ordered (UUID v7).</summary>
    public static Guid? ReadPageToken(FieldViolations errors, string token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        if (!Guid.TryParseExact(token, "N", out var after))
        {
            errors.Add("page_token", "Jeton de page inconnu : reprenez le next_page_token de la page précédente.");
        }
        return after;
    }

    public static string NextPageToken<T>(IReadOnlyList<T> page, int pageSize, Func<T, Guid> id) =>
        page.Count == pageSize ? id(page[^1]).ToString("N") : "";

    private static string? ReadTerritoryKey(FieldViolations errors, string code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var trimmed = code.Trim().ToUpperInvariant();
        if (InseeCode.IsDepartment(trimmed))
        {
            return new Territory(TerritoryKind.Department, trimmed).Key;
        }
        if (InseeCode.IsCommune(trimmed))
        {
            return new Territory(TerritoryKind.Commune, trimmed).Key;
        }
        errors.Add("territory", $"« {code} » n'est ni un code de département ni un code de commune INSEE.");
        return null;
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
