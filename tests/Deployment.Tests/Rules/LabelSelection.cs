using k8s.Models;

namespace Defis.Deployment.Tests.Rules;

/// <summary>Whether a label selector selects a set of labels (matchLabels and matchExpressions, as Kubernetes does).</summary>
public static class LabelSelection
{
    public static bool Selects(this V1LabelSelector? selector, IDictionary<string, string> labels) =>
        selector is not null
        && (selector.MatchLabels ?? new Dictionary<string, string>()).All(l => labels.TryGetValue(l.Key, out var v) && v == l.Value)
        && (selector.MatchExpressions ?? []).All(e => e.OperatorProperty switch
        {
            "In" => labels.TryGetValue(e.Key, out var v) && e.Values.Contains(v),
            "NotIn" => !labels.TryGetValue(e.Key, out var v) || !e.Values.Contains(v),
            "Exists" => labels.ContainsKey(e.Key),
            "DoesNotExist" => !labels.ContainsKey(e.Key),
            _ => false,
        });
}
