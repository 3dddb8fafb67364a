using Defis.Deployment.Tests.Rendering;
using k8s.Models;

namespace Defis.Deployment.Tests.Rules;

/// <summary>
/// Every environment variable the AppHost gives a project is set in its Deployment (an <c>env</c> entry or a key of
/// a ConfigMap in <c>envFrom</c>), save the exceptions of <see cref="ManifestExceptions"/>; a literal value is the
/// manifest's; what carries a password or a key comes from a Secret.
/// </summary>
public static class EnvironmentRule
{
    public static IEnumerable<string> Violations(AppHostManifest manifest, V1Deployment deployment, RenderedOverlay overlay)
    {
        var container = deployment.Spec.Template.Spec.Containers[0];
        var given = Given(container, overlay);
        foreach (var (name, value) in manifest.Environment(deployment.Metadata.Name))
        {
            if (!given.TryGetValue(name, out var source))
            {
                if (!ManifestExceptions.IsOmitted(name))
                {
                    yield return $"{deployment.Metadata.Name}: {name} is missing";
                }
                continue;
            }
            if (manifest.IsSecret(value) && source is not SecretValue)
            {
                yield return $"{deployment.Metadata.Name}: {name} carries a secret and must come from a Secret (secretKeyRef)";
            }
            if (!value.Contains('{') && source is LiteralValue literal && literal.Value != value && !ManifestExceptions.MayDiffer(name))
            {
                yield return $"{deployment.Metadata.Name}: {name} is \"{literal.Value}\", the AppHost gives \"{value}\"";
            }
        }
    }

    private static Dictionary<string, object> Given(V1Container container, RenderedOverlay overlay)
    {
        var given = new Dictionary<string, object>();
        foreach (var source in container.EnvFrom ?? [])
        {
            if (source.ConfigMapRef is { } reference && overlay.ConfigMap(reference.Name) is { } map)
            {
                foreach (var (key, value) in map.Data ?? new Dictionary<string, string>())
                {
                    given[(source.Prefix ?? "") + key] = new LiteralValue(value);
                }
            }
        }
        foreach (var variable in container.Env ?? [])
        {
            given[variable.Name] = variable switch
            {
                { ValueFrom.SecretKeyRef: not null } => new SecretValue(),
                { ValueFrom.ConfigMapKeyRef: { } key } => new LiteralValue(overlay.ConfigMap(key.Name)?.Data?[key.Key] ?? ""),
                _ => new LiteralValue(variable.Value ?? ""),
            };
        }
        return given;
    }

    private sealed record LiteralValue(string Value);

    private sealed record SecretValue;
}
