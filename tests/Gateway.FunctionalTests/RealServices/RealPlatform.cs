using Defis.Accompaniment.Grpc;
using Defis.Correspondence.Grpc;
using Defis.Correspondence.IntegrationTests;
using Defis.Contracts.Events;
using Defis.Funding.Grpc;
using Defis.Jury.Grpc;
using Defis.Notification.Grpc;
using Defis.Platform.IntegrationTests;
using Defis.ServiceDefaults.Security;
using Defis.Submission.Grpc;
using Defis.Testing;
using Grpc.Core;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Forwarder;
using AccompanimentContracts = Defis.Contracts.Accompaniment.V1;
using FundingContracts = Defis.Contracts.Funding.V1;
using CorrespondenceContracts = Defis.Contracts.Correspondence.V1;
using SubmissionContracts = Defis.Contracts.Submission.V1;

namespace Defis.Gateway.FunctionalTests.RealServices;

/// <summary>
/// The five real services on their own databases and one virtual host, and one gateway in front of them, with one
/// data set: the call CB21 published, applicant A's dossier submitted and selected for experimentation (so Funding
/// holds its grant and Accompaniment its plan, coached by <see cref="Coach"/>), applicant B's dossier a draft, and
/// <see cref="Ministry"/> a partner of the call. Redis database 1, so that nothing is shared with the fake-service tests.
/// </summary>
public sealed class RealPlatform(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    public const string ApplicantA = "porteur-a";
    public const string ApplicantB = "porteur-b";
    public const string Juror = "jure-1";
    public const string President = "president-1";
    public const string Staff = "staff-ditp";
    public const string Finance = "finance-1";
    public const string Coach = "coach-1";
    public const string Ministry = "ministere-1";

    public ServiceHost<DossiersService> Submission { get; private set; } = null!;

    public ServiceHost<PanelsService> Jury { get; private set; } = null!;

    public ServiceHost<FundingService> Funding { get; private set; } = null!;

    public ServiceHost<SessionsService> Accompaniment { get; private set; } = null!;

    public ServiceHost<InboxService> Notification { get; private set; } = null!;

    public ServiceHost<AttachmentsService> Correspondence { get; private set; } = null!;

    public ServiceHost<GatewaySettings> Gateway { get; private set; } = null!;

    public Guid ProgrammeId { get; private set; }

    public string DossierA { get; private set; } = "";

    public string ReferenceA { get; private set; } = "";

    public string DossierB { get; private set; } = "";

    public string GrantA { get; private set; } = "";

    public string PlanA { get; private set; } = "";

    public string MilestoneA { get; private set; } = "";

    /// <summary>A clean PDF of A's dossier (Correspondence), <see cref="FileContent"/>.</summary>
    public string FileA { get; private set; } = "";

    public static byte[] FileContent { get; } = Uploads.Pdf(100_000);

    public static string Token(string user, string role) => TestTokens.For(user, role);

    public async ValueTask InitializeAsync()
    {
        var virtualHost = await infrastructure.NewVirtualHostAsync();
        Submission = new(Settings("submission", virtualHost));
        Jury = new(Settings("jury", virtualHost));
        Funding = new(Settings("funding", virtualHost));
        Accompaniment = new(Settings("accompaniment", virtualHost));
        Notification = new(Settings("notification", virtualHost));
        await infrastructure.StartClamdAsync();
        Correspondence = new(CorrespondenceSettings(virtualHost));
        await Task.WhenAll(Submission.StartedAsync(), Jury.StartedAsync(), Funding.StartedAsync(), Accompaniment.StartedAsync(), Notification.StartedAsync(),
            Correspondence.StartedAsync());
        Gateway = new ServiceHost<GatewaySettings>(GatewaySettings(virtualHost), ForwardInProcess);
        await Gateway.StartedAsync();
        await SeedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Task.WhenAll(Submission.DisposeAsync().AsTask(), Jury.DisposeAsync().AsTask(), Funding.DisposeAsync().AsTask(),
            Accompaniment.DisposeAsync().AsTask(), Notification.DisposeAsync().AsTask(), Correspondence.DisposeAsync().AsTask());
    }

    /// <summary>A client of the gateway, as a caller with this token, from its own address.</summary>
    public HttpClient Client(string? token)
    {
        var client = Gateway.Http(token);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", GatewayPlatform.NewClientIp());
        return client;
    }

    /// <summary>Publishes as a service's outbox relay does: the event id is the broker's MessageId.</summary>
    public Task PublishAsync<T>(T integrationEvent) where T : IntegrationEvent =>
        Submission.Service<IBus>().Publish(integrationEvent, context => context.MessageId = integrationEvent.EventId, TestContext.Current.CancellationToken);

    public static DossierSelected Selected(Guid programmeId, string dossierId, string reference) =>
        new(Guid.Parse(dossierId), programmeId, "CB21", reference, "Experimentation", Guid.CreateVersion7(), "Dossier solide", null, President)
        {
            OccurredAt = DateTimeOffset.UtcNow,
        };

    private async Task SeedAsync()
    {
        var staff = new SubmissionContracts.Programmes.ProgrammesClient(Submission.Channel(Token(Staff, Roles.ProgrammeStaff)));
        await staff.CreateProgrammeAsync(new SubmissionContracts.CreateProgrammeRequest { Terms = Requests.Cb21Like(DateTimeOffset.UtcNow.AddDays(30)) });
        ProgrammeId = Guid.Parse((await staff.PublishProgrammeAsync(new SubmissionContracts.PublishProgrammeRequest { Code = "CB21" })).Id);

        (DossierA, ReferenceA) = await SubmittedDossierAsync(ApplicantA);
        DossierB = (await Dossiers(ApplicantB).CreateDossierAsync(Requests.ValidDossier("Le dossier de l'équipe B"))).Id;

        var pools = new AccompanimentContracts.CoachPools.CoachPoolsClient(Accompaniment.Channel(Token(Staff, Roles.ProgrammeStaff)));
        await Until(() => pools.SetCoachPoolAsync(new AccompanimentContracts.SetCoachPoolRequest { ProgrammeId = $"{ProgrammeId}", CoachIds = { Coach } }).ResponseAsync,
            "Accompaniment knows the call");
        var funding = new FundingContracts.Funding.FundingClient(Funding.Channel(Token(Staff, Roles.ProgrammeStaff)));
        await Until(() => funding.AddProgrammePartnerAsync(new FundingContracts.AddProgrammePartnerRequest { ProgrammeId = $"{ProgrammeId}", PartnerId = Ministry })
            .ResponseAsync, "Funding knows the call");

        var plans = new AccompanimentContracts.SupportPlans.SupportPlansClient(Accompaniment.Channel(Token(ApplicantA, Roles.Applicant)));
        await SelectAsync(DossierA, ReferenceA, () => plans.ListMyPlansAsync(new()).ResponseAsync, p => p.Plans.Count == 1, "A's dossier is known to Accompaniment");
        var plan = (await plans.ListMyPlansAsync(new())).Plans.Single();
        (PlanA, MilestoneA) = (plan.Id, plan.Milestones[0].Id);
        var grants = await Eventually.Until(() => funding.ListGrantsAsync(new FundingContracts.ListGrantsRequest { ProgrammeId = $"{ProgrammeId}" }).ResponseAsync,
            g => g.Grants.Count == 1, TimeSpan.FromSeconds(60), "Funding proposes A's grant");
        GrantA = grants.Grants[0].Id;
        // The decision letter of A's selection exists once Submission has applied it too.
        await Eventually.Until(() => Dossiers(ApplicantA).GetDossierAsync(new SubmissionContracts.GetDossierRequest { DossierId = DossierA }).ResponseAsync,
            d => d.Status == SubmissionContracts.DossierStatus.Selected, TimeSpan.FromSeconds(60), "Submission records A's selection");
        FileA = await CleanFileAsync();
    }

    /// <summary>A's PDF in Correspondence, once it knows both dossiers, scanned clean (the scan pass runs every second here).</summary>
    private async Task<string> CleanFileAsync()
    {
        var files = new CorrespondenceContracts.Attachments.AttachmentsClient(Correspondence.Channel(Token(Staff, Roles.ProgrammeStaff)));
        foreach (var dossier in new[] { DossierA, DossierB })
        {
            await Until(() => files.ListAttachmentsAsync(new CorrespondenceContracts.ListAttachmentsRequest { DossierId = dossier }).ResponseAsync,
                "Correspondence knows the dossier");
        }
        var applicant = new CorrespondenceContracts.Attachments.AttachmentsClient(Correspondence.Channel(Token(ApplicantA, Roles.Applicant)));
        var id = (await applicant.UploadAsync(Guid.Parse(DossierA), "budget.pdf", FileContent)).Id;
        await Eventually.Until(() => files.GetAttachmentAsync(new CorrespondenceContracts.GetAttachmentRequest { AttachmentId = id }).ResponseAsync,
            a => a.ScanState == CorrespondenceContracts.ScanState.Clean, TimeSpan.FromSeconds(60), "A's file scanned clean");
        return id;
    }

    /// <summary>
    /// Selects a submitted dossier as the jury's release would: Accompaniment needs the dossier's DossierSubmitted first,
    /// so the selection is published once <paramref name="probe"/> stops failing, then awaited with <paramref name="done"/>.
    /// </summary>
    public async Task SelectAsync<T>(string dossierId, string reference, Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        await Eventually.Until(() => Submitted(dossierId), known => known, TimeSpan.FromSeconds(60), what);
        await PublishAsync(Selected(ProgrammeId, dossierId, reference));
        await Eventually.Until(probe, done, TimeSpan.FromSeconds(60), $"the selection of {reference} is recorded");
    }

    /// <summary>Whether Accompaniment has consumed the dossier's DossierSubmitted (it refuses to open a plan before).</summary>
    private async Task<bool> Submitted(string dossierId)
    {
        await using var scope = Accompaniment.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Defis.Accompaniment.Persistence.AccompanimentDbContext>();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Dossiers, d => d.DossierId == Guid.Parse(dossierId));
    }

    public async Task<(string Id, string Reference)> SubmittedDossierAsync(string applicant, string title = "Accueillir les parents allophones à l'école")
    {
        var dossiers = Dossiers(applicant);
        var id = (await dossiers.CreateDossierAsync(Requests.ValidDossier(title))).Id;
        var content = Requests.CompleteContent();
        content.Title = title;
        await dossiers.UpdateDossierAsync(new SubmissionContracts.UpdateDossierRequest { DossierId = id, Content = content });
        var submitted = await dossiers.SubmitDossierAsync(new SubmissionContracts.SubmitDossierRequest { DossierId = id });
        return (id, submitted.Reference);
    }

    private SubmissionContracts.Dossiers.DossiersClient Dossiers(string applicant) => new(Submission.Channel(Token(applicant, Roles.Applicant)));

    /// <summary>Retries a call that fails until another service has consumed the event it depends on.</summary>
    private static Task Until<T>(Func<Task<T>> call, string what) => Eventually.Until(async () =>
    {
        try
        {
            await call();
            return true;
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.FailedPrecondition)
        {
            return false;
        }
    }, done => done, TimeSpan.FromSeconds(60), what);

    private Dictionary<string, string?> Settings(string service, string virtualHost) => new()
    {
        [$"ConnectionStrings:{service}-db"] = infrastructure.NewDatabase(service),
        ["ConnectionStrings:messaging"] = virtualHost,
        ["ConnectionStrings:cache"] = Redis,
        ["ConnectionStrings:smtp"] = infrastructure.SmtpConnectionString,
        ["Messaging:Outbox:PollInterval"] = "00:00:00.200",
        ["Messaging:Outbox:MaxBackoff"] = "00:00:02",
        ["Messaging:Outbox:PublishTimeout"] = "00:00:03",
        // Funding's open data names the attributing authority by its SIRET (a made-up one, with a right check digit).
        ["OpenData:AttributingAuthority:Siret"] = "11000001000006",
    };

    private Dictionary<string, string?> CorrespondenceSettings(string virtualHost)
    {
        var settings = Settings("correspondence", virtualHost);
        settings["ConnectionStrings:scanner"] = infrastructure.ClamdConnectionString;
        settings["Correspondence:Scan:Interval"] = "00:00:01";
        return settings;
    }

    private string Redis => $"{infrastructure.RedisConnectionString},defaultDatabase=1";

    private Dictionary<string, string?> GatewaySettings(string virtualHost)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:cache"] = Redis,
            ["ConnectionStrings:messaging"] = virtualHost,
            ["Gateway:RateLimit:PermitsPerUser"] = "100000",
            ["Gateway:RateLimit:PermitsPerClientIp"] = "100000",
            ["Gateway:CacheInvalidationSettle"] = "00:00:01",
        };
        foreach (var service in new[] { "submission", "jury", "funding", "accompaniment", "notification", "correspondence" })
        {
            settings[$"services:{service}:http:0"] = $"http://{service}.in-process/";
        }
        // The file routes call Correspondence's streaming gRPC themselves, over the same in-process hop.
        settings["services:correspondence:grpc:0"] = "http://correspondence.in-process/";
        return settings;
    }

    private void ForwardInProcess(IServiceCollection services)
    {
        services.AddSingleton<IForwarderHttpClientFactory>(new InProcessForwarding(new Dictionary<string, Func<HttpMessageHandler>>
        {
            ["submission"] = () => Submission.Server.CreateHandler(),
            ["jury"] = () => Jury.Server.CreateHandler(),
            ["funding"] = () => Funding.Server.CreateHandler(),
            ["accompaniment"] = () => Accompaniment.Server.CreateHandler(),
            ["notification"] = () => Notification.Server.CreateHandler(),
            ["correspondence"] = () => Correspondence.Server.CreateHandler(),
        }));
        GatewayPlatform.LoopbackPeer(services);
    }
}
