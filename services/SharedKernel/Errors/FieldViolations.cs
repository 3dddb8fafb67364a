using System.Net.Mail;

namespace Defis.SharedKernel.Errors;

/// <summary>
/// Collects every bad field of a request so that the caller hears about all of them at once.
/// Descriptions are in French: applicants read them.
/// </summary>
public sealed class FieldViolations
{
    private readonly List<FieldViolation> _violations = [];

    public bool Any => _violations.Count > 0;

    public IReadOnlyList<FieldViolation> Items => _violations;

    public FieldViolations Add(string field, string description)
    {
        _violations.Add(new FieldViolation(field, description));
        return this;
    }

    public FieldViolations RequiredText(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, "Ce champ est obligatoire.");
        }
        return OptionalText(field, value, maxLength);
    }

    public FieldViolations OptionalText(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"Ce champ dépasse {maxLength} caractères ({value.Length}).");
        }
        else if (value is not null && value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            Add(field, "Ce champ contient des caractères de contrôle non autorisés.");
        }
        return this;
    }

    public FieldViolations Email(string field, string? value, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? Add(field, "Ce champ est obligatoire.") : this;
        }
        if (value.Length > 254 || !MailAddress.TryCreate(value, out var address) || address.Address != value || !address.Host.Contains('.'))
        {
            Add(field, "Adresse électronique invalide.");
        }
        return this;
    }

    /// <summary>An enum value that the contract defines and that is not the UNSPECIFIED zero value.</summary>
    public FieldViolations KnownEnum<TEnum>(string field, TEnum value) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add(field, $"Valeur inconnue : {Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)}.");
        }
        else if (Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            Add(field, "Ce champ est obligatoire.");
        }
        return this;
    }

    public Guid Id(string field, string? value)
    {
        if (Guid.TryParse(value, out var id) && id != Guid.Empty)
        {
            return id;
        }
        Add(field, string.IsNullOrWhiteSpace(value) ? "Ce champ est obligatoire." : "Identifiant invalide (UUID attendu).");
        return Guid.Empty;
    }

    /// <summary>Reads the one id a request is about, throwing at once when it is not one.</summary>
    public static Guid RequiredId(string field, string? value)
    {
        var errors = new FieldViolations();
        var id = errors.Id(field, value);
        errors.ThrowIfAny();
        return id;
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new RequestValidationException(_violations);
        }
    }
}
