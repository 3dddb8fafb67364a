using k8s;
using k8s.Models;

namespace Defis.Deployment.Tests.Rendering;

/// <summary>
/// The objects <c>kubectl kustomize deploy/kubernetes/overlays/&lt;name&gt;</c> renders (kept in deploy/kubernetes/rendered), parsed with the KubernetesClient
/// models. A kind not listed here fails the parse, so a new kind of object gets its checks before it gets in.
/// </summary>
public sealed class RenderedOverlay(string name, IReadOnlyList<object> objects)
{
    private static readonly Dictionary<string, Type> Kinds = new()
    {
        ["v1/ConfigMap"] = typeof(V1ConfigMap),
        ["v1/Service"] = typeof(V1Service),
        ["apps/v1/Deployment"] = typeof(V1Deployment),
        ["apps/v1/StatefulSet"] = typeof(V1StatefulSet),
        ["autoscaling/v2/HorizontalPodAutoscaler"] = typeof(V2HorizontalPodAutoscaler),
        ["policy/v1/PodDisruptionBudget"] = typeof(V1PodDisruptionBudget),
        ["networking.k8s.io/v1/NetworkPolicy"] = typeof(V1NetworkPolicy),
        ["networking.k8s.io/v1/Ingress"] = typeof(V1Ingress),
        ["rabbitmq.com/v1beta1/RabbitmqCluster"] = typeof(CustomResource),
        ["postgresql.cnpg.io/v1/Cluster"] = typeof(CustomResource),
        ["postgresql.cnpg.io/v1/Database"] = typeof(CustomResource),
    };

    public string Name { get; } = name;

    public IReadOnlyList<object> Objects { get; } = objects;

    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    public V1Deployment? Deployment(string name) => All<V1Deployment>().SingleOrDefault(d => d.Metadata.Name == name);

    public V1ConfigMap? ConfigMap(string name) => All<V1ConfigMap>().SingleOrDefault(c => c.Metadata.Name == name);

    /// <summary>Every pod template with the name of the object that owns it.</summary>
    public IEnumerable<(string Owner, V1PodTemplateSpec Template)> PodTemplates =>
        All<V1Deployment>().Select(d => (d.Metadata.Name, d.Spec.Template))
            .Concat(All<V1StatefulSet>().Select(s => (s.Metadata.Name, s.Spec.Template)));

    /// <summary>A copy whose objects can be changed without touching the rendered ones (to prove a rule bites).</summary>
    public RenderedOverlay Copy() => Parse(Name, KubernetesYaml.SerializeAll(Objects));

    public static RenderedOverlay Parse(string name, string yaml) =>
        new(name, KubernetesYaml.LoadAllFromString(yaml, Kinds, strict: true));

    /// <summary>
    /// The committed rendering, <c>deploy/kubernetes/rendered/&lt;name&gt;.yaml</c>: what an operator applies, and what the
    /// checks read, so they run where kubectl is absent. <c>RenderedFilesTests</c> keeps it equal to the overlay.
    /// </summary>
    public static RenderedOverlay Committed(string name) => Parse(name, File.ReadAllText(CommittedPath(name)));

    public static string CommittedPath(string name) => Path.Combine(Repository.Root, "deploy", "kubernetes", "rendered", $"{name}.yaml");

    /// <summary>What <c>kubectl kustomize</c> makes of the overlay now.</summary>
    public static Task<string> RenderAsync(string name) => Tool.RunAsync("kubectl",
        ["kustomize", Path.Combine(Repository.Root, "deploy", "kubernetes", "overlays", name)], Repository.Root,
        "kubectl 1.27 or later (kustomize v5) renders the overlays; put it on the PATH.");
}
