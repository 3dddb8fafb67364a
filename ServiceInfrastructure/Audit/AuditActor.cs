using System.Security.Claims;

namespace Defis.ServiceInfrastructure.Audit;

/// <summary>Who a change is recorded against: the signed-in person, or the service itself and what it was doing.</summary>
public sealed record AuditActor(string Id, string Role)
{
    public const string System = "système";

    private static readonly AsyncLocal<string?> Work = new();

    /// <summary>
    /// Names the service's own work for the changes made until the returned scope ends (an event being handled, a pass
    /// being run), when no person is behind them.
    /// </summary>
    public static IDisposable Doing(string work)
    {
        var outer = Work.Value;
        Work.Value = work;
        return new Restore(outer);
    }

    internal static AuditActor Of(ClaimsPrincipal? user)
    {
        var subject = user?.Identity?.IsAuthenticated == true ? user.FindFirst("sub")?.Value : null;
        if (string.IsNullOrWhiteSpace(subject))
        {
            return new AuditActor(System, Work.Value ?? "");
        }
        return new AuditActor(subject, string.Join(' ', user!.FindAll("role").Select(c => c.Value).Order(StringComparer.Ordinal)));
    }

    private sealed class Restore(string? outer) : IDisposable
    {
        public void Dispose() => Work.Value = outer;
    }
}
