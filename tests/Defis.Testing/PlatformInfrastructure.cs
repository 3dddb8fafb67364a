using System.Net.Http.Headers;
using System.Text;
using Defis.LocalServers;

namespace Defis.Testing;

/// <summary>
/// One real PostgreSQL, RabbitMQ and Redis for a test assembly, on free loopback ports in a temporary
/// folder, stopped at the end whatever the outcome. Servers given through DEFIS_TEST_POSTGRES,
/// DEFIS_TEST_RABBITMQ (+ DEFIS_TEST_RABBITMQ_MANAGEMENT) and DEFIS_TEST_REDIS are used instead.
/// Each test class asks for its own database and its own RabbitMQ virtual host.
/// </summary>
public sealed class PlatformInfrastructure : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Environment.GetEnvironmentVariable("DEFIS_TEST_ROOT") ?? Path.GetTempPath(),
        $"defis-tests-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
    private HttpClient? _management;

    public LocalPostgres? Postgres { get; private set; }

    public LocalRabbitMq? RabbitMq { get; private set; }

    public LocalRedis? Redis { get; private set; }

    /// <summary>The SMTP capture server (always started here: it is local and keeps mails in a folder, sends none).</summary>
    public LocalSmtp Smtp { get; private set; } = null!;

    /// <summary>
    /// ClamAV's clamd with the EICAR test signature only, always local (no DEFIS_TEST_* override: it needs no network and
    /// starts in a second). Null until <see cref="StartClamdAsync"/>: only the assemblies that scan files pay its start.
    /// </summary>
    public LocalClamd? Clamd { get; private set; }

    /// <summary>"tcp://127.0.0.1:port" of <see cref="Clamd"/> (ConnectionStrings:scanner).</summary>
    public string ClamdConnectionString => Clamd?.ConnectionString ?? throw new InvalidOperationException("Call StartClamdAsync first.");

    private readonly SemaphoreSlim _clamdStart = new(1, 1);

    /// <summary>Starts clamd once for the assembly (later calls return at once).</summary>
    public async Task StartClamdAsync()
    {
        await _clamdStart.WaitAsync();
        try
        {
            if (Clamd is null)
            {
                var clamd = new LocalClamd($"{_folder}-clamd", FreePort.Next());
                await clamd.StartAsync();
                Clamd = clamd;
            }
        }
        finally
        {
            _clamdStart.Release();
        }
    }

    /// <summary>True when this fixture started the servers, so tests may stop and restart them.</summary>
    public bool ControlsServers => Postgres is not null;

    public string PostgresConnectionString { get; private set; } = "";

    public string RabbitMqConnectionString { get; private set; } = "";

    public string RedisConnectionString { get; private set; } = "";

    /// <summary>"smtp://127.0.0.1:port" of <see cref="Smtp"/> (ConnectionStrings:smtp).</summary>
    public string SmtpConnectionString => Smtp.ConnectionString;

    public string SmtpHost => "127.0.0.1";

    public int SmtpPort => Smtp.Port;

    /// <summary>Every mail the capture server received so far (raw RFC 5322 text), oldest first.</summary>
    public IReadOnlyList<string> CapturedMails() => Smtp.CapturedMessages();

    public async ValueTask InitializeAsync()
    {
        Smtp = new LocalSmtp($"{_folder}-smtp", FreePort.Next());
        await Smtp.StartAsync();
        var postgres = Environment.GetEnvironmentVariable("DEFIS_TEST_POSTGRES");
        var rabbit = Environment.GetEnvironmentVariable("DEFIS_TEST_RABBITMQ");
        var management = Environment.GetEnvironmentVariable("DEFIS_TEST_RABBITMQ_MANAGEMENT");
        var redis = Environment.GetEnvironmentVariable("DEFIS_TEST_REDIS");
        if (postgres is not null && rabbit is not null && management is not null && redis is not null)
        {
            (PostgresConnectionString, RabbitMqConnectionString, RedisConnectionString) = (postgres, rabbit, redis);
            _management = ManagementClient(new Uri(management));
            return;
        }
        Directory.CreateDirectory(_folder);
        File.SetUnixFileMode(_folder, (UnixFileMode)0b111_101_101);
        Postgres = new LocalPostgres(Path.Combine(_folder, "postgres"), FreePort.Next(), durable: false);
        Redis = new LocalRedis(Path.Combine(_folder, "redis"), FreePort.Next(), durable: false);
        var rabbitMq = StartRabbitMqAsync();
        await Task.WhenAll(Postgres.StartAsync(), Redis.StartAsync(), rabbitMq);
        RabbitMq = await rabbitMq;
        PostgresConnectionString = Postgres.ConnectionString;
        RabbitMqConnectionString = RabbitMq.ConnectionString;
        RedisConnectionString = Redis.ConnectionString;
        _management = ManagementClient(RabbitMq.ManagementUri);
    }

    public async ValueTask DisposeAsync()
    {
        _management?.Dispose();
        _clamdStart.Dispose();
        await Smtp.StopAsync();
        if (Clamd is not null)
        {
            await Clamd.StopAsync();
        }
        try
        {
            Directory.Delete($"{_folder}-smtp", recursive: true);
            if (Clamd is not null)
            {
                Directory.Delete($"{_folder}-clamd", recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the OS to reclaim, like the servers' folder.
        }
        foreach (var server in new ILocalServer?[] { RabbitMq, Redis, Postgres })
        {
            if (server is not null)
            {
                await server.StopAsync();
            }
        }
        if (ControlsServers)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A server still flushing a file: the temporary folder is left for the OS to reclaim.
            }
        }
    }

    /// <summary>
    /// RabbitMQ needs five free ports (AMQP, management, distribution, epmd); one of them may be taken by
    /// another process between our pick and the broker's bind, so a failed boot is retried on new ports.
    /// </summary>
    private async Task<LocalRabbitMq> StartRabbitMqAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var folder = Path.Combine(_folder, $"rabbitmq-{attempt}");
            var broker = new LocalRabbitMq(folder, FreePort.Next(), FreePort.Next());
            try
            {
                await broker.StartAsync();
                return broker;
            }
            catch (InvalidOperationException e) when (attempt < 3)
            {
                await broker.StopAsync();
                TestContext.Current.SendDiagnosticMessage($"RabbitMQ attempt {attempt} failed: {e.Message}");
            }
        }
    }

    /// <summary>A database name no other test class uses; the service under test creates it by migrating.</summary>
    public string NewDatabase(string prefix) => $"{PostgresConnectionString};Database={prefix}-{Guid.NewGuid():N}";

    /// <summary>A fresh RabbitMQ virtual host, so that no other test class sees this class's exchanges and queues.</summary>
    public async Task<string> NewVirtualHostAsync()
    {
        var name = $"test-{Guid.NewGuid():N}";
        (await _management!.PutAsync($"api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        (await _management.PutAsync($"api/permissions/{name}/guest", permissions)).EnsureSuccessStatusCode();
        return $"{RabbitMqConnectionString.TrimEnd('/')}/{name}";
    }

    /// <summary>
    /// Removes a virtual host a test class is done with. The broker recovers every durable queue of every virtual host
    /// when it restarts, so leftovers of earlier classes (a few hundred queues in a run) made a restart in the outage
    /// test slower than its bound. Best effort: a broker that is down keeps it, and the run's folder goes anyway.
    /// </summary>
    public async Task DeleteVirtualHostAsync(string virtualHostUri)
    {
        var vhost = Uri.EscapeDataString(new Uri(virtualHostUri).AbsolutePath.Trim('/'));
        try
        {
            using var response = await _management!.DeleteAsync($"api/vhosts/{vhost}");
        }
        catch (HttpRequestException)
        {
            // The broker is down (a test stopped it and failed before it returned): nothing to clean there.
        }
    }

    /// <summary>Messages ready plus unacknowledged in a queue of a virtual host, from the management API.</summary>
    public async Task<long> PendingMessagesAsync(string virtualHostUri, string queue)
    {
        var vhost = Uri.EscapeDataString(new Uri(virtualHostUri).AbsolutePath.Trim('/'));
        using var response = await _management!.GetAsync($"api/queues/{vhost}/{Uri.EscapeDataString(queue)}");
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        long Count(string name) => json.RootElement.TryGetProperty(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.Number ? value.GetInt64() : 0;
        return Count("messages_ready") + Count("messages_unacknowledged");
    }

    private static HttpClient ManagementClient(Uri baseAddress)
    {
        var credentials = string.IsNullOrEmpty(baseAddress.UserInfo) ? "guest:guest" : Uri.UnescapeDataString(baseAddress.UserInfo);
        var client = new HttpClient { BaseAddress = new Uri(baseAddress.GetLeftPart(UriPartial.Authority) + "/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        return client;
    }
}
