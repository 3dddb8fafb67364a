using System.Text.RegularExpressions;

namespace Defis.Deployment.Tests.Rules;

/// <summary>
/// The one list of what the Kubernetes manifests deliberately do not carry as the AppHost's publish manifest gives
/// it, each with its reason. Anything else the manifest gives a project must be in that project's Deployment.
/// </summary>
public static partial class ManifestExceptions
{
    /// <summary>Environment variables of the manifest a Deployment leaves out.</summary>
    public static readonly IReadOnlyList<(Regex Names, string Reason)> Omitted =
    [
        (ConnectionProperty(), "Aspire 13's per-property connection variables (SUBMISSION_DB_HOST, MESSAGING_PASSWORD, …) are for "
            + "consumers that are not .NET; our projects read ConnectionStrings__* only, and these would copy each password into more variables."),
        (EndpointVariable(), "Aspire 13's endpoint variables (SUBMISSION_HTTP, IDENTITY_GRPC, …) are for consumers that are not .NET; "
            + "our projects find each other through services__*."),
        (HttpsEndpoint(), "No TLS inside the cluster: TLS ends at the ingress in front of the gateway, and the pods serve no https "
            + "endpoint for services__<name>__https__0 to name."),
        (DemoPassword(), "Production only (staging keeps it, checked by ProjectTests): no demo account, staff included, signs in "
            + "with a shared password among real people."),
    ];

    /// <summary>Literal values of the manifest a Deployment sets otherwise.</summary>
    public static readonly IReadOnlyList<(string Name, string Reason)> ValueDiffers =
    [
        ("ASPNETCORE_FORWARDEDHEADERS_ENABLED", "false: it would make every pod believe X-Forwarded-For from any peer; the gateway "
            + "reads forwarded headers from Gateway__TrustedProxies only (decision 0021)."),
        ("Submission__SeedDemoData", "false in production: no demo dossiers among real ones (true in staging, as the AppHost gives)."),
    ];

    public static bool IsOmitted(string name) => Omitted.Any(e => e.Names.IsMatch(name));

    public static bool MayDiffer(string name) => ValueDiffers.Any(e => e.Name == name);

    [GeneratedRegex("^[A-Z0-9]+(_[A-Z0-9]+)*_(HOST|PORT|USERNAME|PASSWORD|URI|JDBCCONNECTIONSTRING|DATABASENAME)$")]
    private static partial Regex ConnectionProperty();

    [GeneratedRegex("^[A-Z0-9]+(_[A-Z0-9]+)*_(HTTP|HTTPS|GRPC)$")]
    private static partial Regex EndpointVariable();

    [GeneratedRegex("^Identity__DemoPassword$")]
    private static partial Regex DemoPassword();

    [GeneratedRegex("^services__[a-z0-9-]+__https__[0-9]+$")]
    private static partial Regex HttpsEndpoint();
}
