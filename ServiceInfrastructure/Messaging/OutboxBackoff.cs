namespace Defis.ServiceInfrastructure.Messaging;

/// <summary>When a failed event is tried again: 1 s, 2 s, 4 s… up to the cap, with ±20 % jitter so retries spread.</summary>
public static class OutboxBackoff
{
    public static TimeSpan After(int attempts, TimeSpan cap, double jitter01)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 20);
        var seconds = Math.Min(Math.Pow(2, exponent), cap.TotalSeconds);
        return TimeSpan.FromSeconds(seconds * (0.8 + 0.4 * Math.Clamp(jitter01, 0, 1)));
    }
}
