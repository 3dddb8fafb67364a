using System.Globalization;
using Defis.Notification.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Notification.Grpc;

/// <summary>
/// The inbox's page token: the instant and id of the last notification of the previous page, newest first, so that a
/// page never repeats nor skips one even when notifications arrive between two pages.
/// </summary>
internal readonly record struct InboxCursor(DateTimeOffset CreatedAt, Guid Id)
{
    public static string After(InboxNotification last) =>
        $"{last.CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}.{last.Id:N}";

    public static InboxCursor? Read(FieldViolations errors, string token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        var parts = token.Split('.');
        if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTimeOffset.MaxValue.UtcTicks && Guid.TryParseExact(parts[1], "N", out var id))
        {
            return new InboxCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
        }
        errors.Add("page_token", "Jeton de page inconnu : reprenez le next_page_token de la page précédente.");
        return null;
    }
}
