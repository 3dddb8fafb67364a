using System.Globalization;
using System.Text;
using System.Text.Json;
using Defis.SharedKernel.Time;

namespace Defis.Samples.MinistryListener;

/// <summary>One funding event as the ministry sees it, from its queue or from the replay: the same members either way.</summary>
public sealed record FundingEventSeen(string Source, string Type, JsonElement Message)
{
    /// <summary>Members every funding event carries; the rest are the event's own.</summary>
    private static readonly HashSet<string> Common = ["eventId", "occurredAt", "schemaVersion", "aggregateId", "programmeId", "sequence", "actor"];

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public string ProgrammeId => Message.GetProperty("programmeId").GetString()!;

    public long Sequence => Message.GetProperty("sequence").GetInt64();

    /// <summary>A message off the queue: a MassTransit envelope whose first messageType names the event.</summary>
    public static FundingEventSeen FromQueue(ReadOnlyMemory<byte> body)
    {
        using var envelope = JsonDocument.Parse(body);
        var urn = envelope.RootElement.GetProperty("messageType")[0].GetString()!;
        return new("queue", urn[(urn.LastIndexOf(':') + 1)..], envelope.RootElement.GetProperty("message").Clone());
    }

    /// <summary>A record of the replay API: its payload is the "message" member as it was published.</summary>
    public static FundingEventSeen FromReplay(Defis.Contracts.Funding.V1.FundingEventRecord record)
    {
        using var payload = JsonDocument.Parse(record.PayloadJson);
        return new("replay", record.Type[(record.Type.LastIndexOf('.') + 1)..], payload.RootElement.Clone());
    }

    /// <summary>E.g. "[queue ] programme 019a… #3 GrantCommitted, lundi 23 novembre 2026 à 03:10, by demo-finance: grantId=… amountCents=25 000,00 €".</summary>
    public override string ToString()
    {
        var line = new StringBuilder($"[{Source,-6}] programme {ProgrammeId} #{Sequence} {Type}");
        if (Message.TryGetProperty("occurredAt", out var at) && at.TryGetDateTimeOffset(out var occurredAt))
        {
            line.Append($", {ParisTime.Format(occurredAt)}");
        }
        if (Message.TryGetProperty("actor", out var actor))
        {
            line.Append($", by {actor.GetString()}");
        }
        // Members we do not know are printed as they come: the contract may add some (docs/contracts/funding-events.md).
        var own = Message.EnumerateObject().Where(m => !Common.Contains(m.Name)).Select(Member);
        return line.Append(": ").Append(string.Join(' ', own)).ToString();
    }

    private static string Member(JsonProperty member) =>
        member.Name.EndsWith("Cents", StringComparison.Ordinal) && member.Value.TryGetInt64(out var cents)
            ? $"{member.Name}={(cents / 100m).ToString("N2", French)} €"
            : $"{member.Name}={member.Value}";
}
