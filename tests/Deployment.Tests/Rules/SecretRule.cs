using System.Text.Json;
using Defis.Deployment.Tests.Rendering;
using k8s.Models;

namespace Defis.Deployment.Tests.Rules;

/// <summary>
/// The Secrets the operator of the platform must create are those the guide lists: every Secret (and key) the
/// rendered objects refer to is named in <c>docs/deploy/kubernetes.md</c>, and none is defined in the manifests.
/// </summary>
public static class SecretRule
{
    public static IEnumerable<string> Violations(RenderedOverlay overlay, string guide)
    {
        foreach (var (secret, key) in References(overlay).Distinct())
        {
            if (!guide.Contains($"`{secret}`", StringComparison.Ordinal) && !guide.Contains($"`{Family(secret)}`", StringComparison.Ordinal))
            {
                yield return $"Secret {secret} is not in the guide's list of Secrets to create";
            }
            if (key is not null && !guide.Contains($"`{key}`", StringComparison.Ordinal))
            {
                yield return $"key {key} of Secret {secret} is not in the guide";
            }
        }
        if (overlay.Objects.Any(o => o is V1Secret))
        {
            yield return "a Secret is defined in the manifests: the operator creates them";
        }
    }

    /// <summary>postgres-role-submission is listed as postgres-role-&lt;service&gt;.</summary>
    private static string Family(string secret) =>
        secret.StartsWith("postgres-role-", StringComparison.Ordinal) ? "postgres-role-<service>" : secret;

    private static IEnumerable<(string Secret, string? Key)> References(RenderedOverlay overlay)
    {
        var containers = overlay.PodTemplates.SelectMany(t => t.Template.Spec.Containers.Concat(t.Template.Spec.InitContainers ?? []));
        foreach (var variable in containers.SelectMany(c => c.Env ?? []))
        {
            if (variable.ValueFrom?.SecretKeyRef is { } reference)
            {
                yield return (reference.Name, reference.Key);
            }
        }
        foreach (var volume in overlay.PodTemplates.SelectMany(t => t.Template.Spec.Volumes ?? []))
        {
            if (volume.Secret is { } secret)
            {
                yield return (secret.SecretName, null);
            }
        }
        foreach (var tls in overlay.All<V1Ingress>().SelectMany(i => i.Spec.Tls ?? []))
        {
            yield return (tls.SecretName, null);
        }
        foreach (var resource in overlay.All<CustomResource>())
        {
            foreach (var name in SecretNames(JsonSerializer.SerializeToElement(resource.Spec)))
            {
                yield return (name, null);
            }
        }
    }

    /// <summary>Every <c>passwordSecret: {name: …}</c> (or similar <c>…Secret</c> field) in an operator's resource.</summary>
    private static IEnumerable<string> SecretNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name.EndsWith("Secret", StringComparison.Ordinal) && p.Value.ValueKind == JsonValueKind.Object
                && p.Value.TryGetProperty("name", out var name) && name.GetString() is { } secret
                ? [secret]
                : SecretNames(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(SecretNames),
        _ => [],
    };
}
