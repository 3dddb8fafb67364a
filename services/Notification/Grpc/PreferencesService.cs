using Defis.Contracts.Notification.V1;
using Defis.Notification.Domain.Preferences;
using Defis.Notification.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using ContractMode = Defis.Contracts.Notification.V1.DeliveryMode;
using ContractStatus = Defis.Contracts.Notification.V1.DeliveryStatus;
using DomainMode = Defis.Notification.Domain.Preferences.DeliveryMode;
using DomainPreference = Defis.Notification.Domain.Preferences.Preference;

namespace Defis.Notification.Grpc;

/// <summary>Any signed-in user, for their own preferences and emails only.</summary>
[Authorize]
public sealed class PreferencesService(NotificationDbContext db, TimeProvider time) : Contracts.Notification.V1.Preferences.PreferencesBase
{
    [Authorize]
    public override async Task<GetPreferencesResponse> GetPreferences(GetPreferencesRequest request, ServerCallContext context)
    {
        var user = Caller.From(context).UserId;
        var chosen = await db.Preferences.AsNoTracking().Where(p => p.UserId == user).ToDictionaryAsync(p => p.Category, p => p.Mode, context.CancellationToken);
        return new GetPreferencesResponse
        {
            Preferences = { Categories.All.Select(c => ToContract(c, DomainPreference.Effective(c, chosen.TryGetValue(c, out var mode) ? mode : null))) },
        };
    }

    [Authorize]
    public override async Task<CategoryPreference> SetPreference(SetPreferenceRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        if (!Categories.IsKnown(request.Category))
        {
            errors.Add("category", $"Catégorie inconnue ; valeurs possibles : {string.Join(", ", Categories.All)}.");
        }
        errors.KnownEnum("mode", request.Mode);
        if (Categories.IsMandatory(request.Category) && request.Mode != ContractMode.Immediate)
        {
            errors.Add("mode", "Cette catégorie est obligatoire : seul l'envoi immédiat est possible.");
        }
        errors.ThrowIfAny();
        var user = Caller.From(context).UserId;
        var mode = (DomainMode)(int)request.Mode;
        var existing = await db.Preferences.FirstOrDefaultAsync(p => p.UserId == user && p.Category == request.Category, context.CancellationToken);
        if (existing is null)
        {
            db.Preferences.Add(DomainPreference.For(user, request.Category, mode, time.GetUtcNow()));
        }
        else
        {
            existing.Change(mode, time.GetUtcNow());
        }
        await db.SaveChangesAsync(context.CancellationToken);
        return ToContract(request.Category, mode);
    }

    [Authorize]
    public override async Task<ListEmailsResponse> ListEmails(ListEmailsRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var size = PageSize.Check(errors, request.PageSize);
        errors.ThrowIfAny();
        var user = Caller.From(context).UserId;
        var emails = await db.Deliveries.AsNoTracking()
            .Where(d => d.RecipientUserId == user && d.Channel == Domain.Delivery.Channel.Email)
            .OrderByDescending(d => d.CreatedAt).Take(size).ToListAsync(context.CancellationToken);
        return new ListEmailsResponse
        {
            Emails =
            {
                emails.Select(d => new EmailDelivery
                {
                    Id = d.Id.ToString(),
                    EventType = d.EventType,
                    Address = d.Recipient,
                    Subject = d.Subject,
                    Status = (ContractStatus)(int)d.Status,
                    Attempts = d.Attempts,
                    NextAttemptAt = Timestamp.FromDateTimeOffset(d.NextAttemptAt),
                    LastError = d.LastError ?? "",
                    CreatedAt = Timestamp.FromDateTimeOffset(d.CreatedAt),
                    SentAt = d.SentAt is { } sent ? Timestamp.FromDateTimeOffset(sent) : null,
                }),
            },
        };
    }

    private static CategoryPreference ToContract(string category, DomainMode mode) =>
        new() { Category = category, Mode = (ContractMode)(int)mode, Mandatory = Categories.IsMandatory(category) };
}
