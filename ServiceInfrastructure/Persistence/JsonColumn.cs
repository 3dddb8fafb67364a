using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.ServiceInfrastructure.Persistence;

/// <summary>
/// Stores a value read and written whole with its aggregate (a dossier's body, a call's terms, a panel's members,
/// rejection reasons…) as one jsonb document; what lists filter on gets its own column. The comparer snapshots a
/// deep copy, because domains mutate their lists in place.
/// </summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
    {
        property.HasConversion(
                value => JsonSerializer.Serialize(value, Options),
                json => JsonSerializer.Deserialize<T>(json, Options)!,
                new ValueComparer<T>(
                    (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                    value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
                    value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!))
            .HasColumnType("jsonb");
        return property;
    }

    /// <summary>Maps a private list field of an aggregate (e.g. "_members") to the jsonb column <paramref name="column"/>.</summary>
    public static PropertyBuilder<List<T>> JsonList<TEntity, T>(this EntityTypeBuilder<TEntity> builder, string field, string column)
        where TEntity : class =>
        builder.Property<List<T>>(field).HasColumnName(column).HasJsonConversion().IsRequired();
}
