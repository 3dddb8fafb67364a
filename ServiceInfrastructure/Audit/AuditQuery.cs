using System.Globalization;
using Defis.Contracts.Audit.V1;
using Defis.SharedKernel.Errors;
using Google.Protobuf.WellKnownTypes;

namespace Defis.ServiceInfrastructure.Audit;

/// <summary>The filters of a trail request, checked all at once: every bad field is named, in French.</summary>
internal sealed record AuditQuery(string? TargetId, string? ActorId, DateTimeOffset? From, DateTimeOffset? To, long? Before, int PageSize)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    public static AuditQuery Read(AuditTrailName trail, ListAuditEntriesRequest request)
    {
        RequireService(trail, request.Service);
        var violations = new FieldViolations();
        var before = default(long?);
        if (request.PageToken.Length > 0)
        {
            if (long.TryParse(request.PageToken, NumberStyles.None, CultureInfo.InvariantCulture, out var token) && token > 0)
            {
                before = token;
            }
            else
            {
                violations.Add("page_token", "Jeton de page invalide : reprenez celui de la page précédente.");
            }
        }
        if (request.PageSize is < 0 or > MaxPageSize)
        {
            violations.Add("page_size", $"La taille de page doit être comprise entre 1 et {MaxPageSize}.");
        }
        var query = Filters(violations, request.TargetId, request.ActorId, request.From, request.To);
        return query with { Before = before, PageSize = request.PageSize == 0 ? DefaultPageSize : request.PageSize };
    }

    public static AuditQuery Read(AuditTrailName trail, ExportAuditEntriesRequest request)
    {
        RequireService(trail, request.Service);
        return Filters(new FieldViolations(), request.TargetId, request.ActorId, request.From, request.To);
    }

    /// <summary>Each service serves its own trail only: another service's name is a trail that is not here.</summary>
    public static void RequireService(AuditTrailName trail, string service)
    {
        if (!string.Equals(service, trail.Service, StringComparison.Ordinal))
        {
            throw new NotFoundException("Piste d'audit", service);
        }
    }

    public IQueryable<AuditTrailEntry> Apply(IQueryable<AuditTrailEntry> entries)
    {
        if (TargetId is not null)
        {
            entries = entries.Where(e => e.TargetId == TargetId);
        }
        if (ActorId is not null)
        {
            entries = entries.Where(e => e.ActorId == ActorId);
        }
        if (From is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }
        if (To is { } to)
        {
            entries = entries.Where(e => e.OccurredAt < to);
        }
        return Before is { } before ? entries.Where(e => e.Id < before) : entries;
    }

    private static AuditQuery Filters(FieldViolations violations, string targetId, string actorId, Timestamp? from, Timestamp? to)
    {
        violations.OptionalText("target_id", targetId, 300).OptionalText("actor_id", actorId, 200);
        var fromInstant = from?.ToDateTimeOffset();
        var toInstant = to?.ToDateTimeOffset();
        if (fromInstant is { } start && toInstant is { } end && end <= start)
        {
            violations.Add("to", "La fin de la période doit être postérieure à son début (from).");
        }
        if (violations.Any)
        {
            throw new RequestValidationException(violations.Items);
        }
        return new AuditQuery(Blank(targetId), Blank(actorId), fromInstant, toInstant, null, DefaultPageSize);
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
