using System.Reflection;
using Defis.Funding.Domain;

namespace Defis.Funding.UnitTests;

/// <summary>The proof that money never goes through floating point: no double/float in the domain's shape.</summary>
public sealed class NoFloatingPointTests
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void The_domain_assembly_declares_no_double_or_float_anywhere()
    {
        var types = typeof(Money).Assembly.GetTypes();
        Assert.True(types.Length > 20, "the scan must see the domain types");
        var offenders = types.SelectMany(Offenders).ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void The_scan_would_catch_a_floating_point_member() =>
        Assert.NotEmpty(Offenders(typeof(WouldFail)));

    private static IEnumerable<string> Offenders(Type type)
    {
        var fields = type.GetFields(Everything).Where(f => IsFloating(f.FieldType)).Select(f => $"{type}.{f.Name} (field)");
        var properties = type.GetProperties(Everything).Where(p => IsFloating(p.PropertyType)).Select(p => $"{type}.{p.Name} (property)");
        var methods = type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything))
            .Where(m => m.GetParameters().Any(p => IsFloating(p.ParameterType)) || (m is MethodInfo mi && IsFloating(mi.ReturnType)))
            .Select(m => $"{type}.{m.Name} (parameter or return)");
        return fields.Concat(properties).Concat(methods);
    }

    private static bool IsFloating(Type type)
    {
        var bare = type.HasElementType ? type.GetElementType()! : Nullable.GetUnderlyingType(type) ?? type;
        return bare == typeof(double) || bare == typeof(float) || bare == typeof(Half)
            || (bare.IsGenericType && bare.GetGenericArguments().Any(IsFloating));
    }

    private sealed record WouldFail(double Ratio);
}
