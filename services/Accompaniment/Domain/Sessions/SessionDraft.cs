using Defis.SharedKernel.Errors;

namespace Defis.Accompaniment.Domain.Sessions;

/// <summary>
/// What an organiser fills in to schedule a session. A session has a place (<paramref name="Location"/>),
/// an address to join online (<paramref name="Url"/>), or both. <paramref name="PlanId"/> ties a coaching
/// session to one support plan.
/// </summary>
public sealed record SessionDraft(Guid ProgrammeId, SessionKind Kind, string Title, string? Description, DateTimeOffset Start,
    DateTimeOffset End, int Capacity, string? Location, string? Url, Guid? PlanId = null)
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4_000;
    public const int LocationMaxLength = 300;
    public const int MaxCapacity = 10_000;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(12);

    internal Uri? Validate()
    {
        var violations = new FieldViolations()
            .KnownEnum("kind", Kind)
            .RequiredText("title", Title, TitleMaxLength)
            .OptionalText("description", Description, DescriptionMaxLength)
            .OptionalText("location", Location, LocationMaxLength);
        if (ProgrammeId == Guid.Empty)
        {
            violations.Add("programme_id", "Ce champ est obligatoire.");
        }
        if (End <= Start || End - Start > MaxDuration)
        {
            violations.Add("end", $"La fin doit suivre le début, au plus {MaxDuration.TotalHours:0} heures après.");
        }
        if (Capacity is < 1 or > MaxCapacity)
        {
            violations.Add("capacity", $"La capacité doit être comprise entre 1 et {MaxCapacity} places (ici {Capacity}).");
        }
        var url = ParseUrl(violations);
        if (string.IsNullOrWhiteSpace(Location) && url is null && !violations.Items.Any(v => v.Field == "url"))
        {
            violations.Add("location", "Indiquez un lieu ou une adresse de connexion (url).");
        }
        violations.ThrowIfAny();
        return url;
    }

    private Uri? ParseUrl(FieldViolations violations)
    {
        if (string.IsNullOrWhiteSpace(Url))
        {
            return null;
        }
        if (Web.WebAddress.Parse(Url) is { } uri)
        {
            return uri;
        }
        violations.Add("url", "L'adresse de connexion doit commencer par http:// ou https://.");
        return null;
    }
}
