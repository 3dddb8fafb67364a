using System.Security.Cryptography;
using Defis.Dashboard;
using Defis.Dashboard.Resources;

namespace Defis.Hosting.Orchestration;

/// <summary>One run of the AppHost on a locked data folder: check, wire, start, watch, stop.</summary>
public sealed class ApplicationRun(
    IReadOnlyList<IResource> resources, AppHostOptions options, BuildInfo build, DataFolder data,
    ConsoleReporter console, TimeProvider time, DateTimeOffset startedAt)
{
    private readonly ResourceNotificationService _notifications = new();
    private readonly StateFile _state = new(data.StateFile, time, startedAt);
    private readonly PortAssignments _ports = new(data.PortsFile);
    private readonly ConsoleLogBuffer _consoleLogs = new(5_000, time);
    private AppHostOptions _options = options;
    private bool _announced;
    private volatile bool _stopping;
    private int _tablePending;

    public async Task<int> RunAsync()
    {
        List<ResourceRunner> runners;
        DashboardServer? dashboard = null;
        var dashboardResources = new DashboardResources(resources, _notifications);
        try
        {
            BindConfiguredConnectionStrings();
            dashboard = await StartDashboardAsync(dashboardResources);
            runners = CreateRunners();
            dashboardResources.Attach(runners);
            ResolveParameters();
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            Console.Error.WriteLine(e.Message);
            if (dashboard is not null)
            {
                await dashboard.DisposeAsync();
            }
            return 1;
        }
        _notifications.Changed += OnChanged;
        _state.Write(_notifications.Snapshots);
        using var stopTails = new CancellationTokenSource();
        var tails = _options.Quiet && dashboard is null ? [] : Tails().Select(t => t.RunAsync(stopTails.Token)).ToList();
        var orchestrator = new Orchestrator(runners, _notifications);
        var exitCode = await RunUntilStoppedAsync(orchestrator);
        _stopping = true;
        console.Info("Stopping: services first, then infrastructure.");
        await orchestrator.StopAsync();
        await stopTails.CancelAsync();
        await Task.WhenAll(tails);
        if (dashboard is not null)
        {
            await dashboard.DisposeAsync();
        }
        _notifications.Changed -= OnChanged;
        _state.Write(_notifications.Snapshots, stopped: true);
        console.Info("Stopped.");
        return exitCode;
    }

    /// <summary>
    /// The dashboard first, so that projects export to its receiver from their first line; its login link is
    /// printed as Aspire prints it. A port that cannot be bound stops the run before anything else starts.
    /// </summary>
    private async Task<DashboardServer?> StartDashboardAsync(IResourceSource dashboardResources)
    {
        if (!_options.Dashboard)
        {
            return null;
        }
        DashboardServer dashboard;
        try
        {
            dashboard = await DashboardLaunch.StartAsync(_options, data, dashboardResources, _consoleLogs, time, CancellationToken.None);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException($"The dashboard cannot listen: {e.Message} (see --dashboard-url, --otlp-endpoint, --otlp-http-endpoint, or --no-dashboard).", e);
        }
        _options = _options with { OtlpEndpoint = $"http://127.0.0.1:{dashboard.Options.OtlpGrpcPort}" };
        console.Mirror = _consoleLogs.Add;
        console.Info($"Login to the dashboard at {dashboard.LoginUrl}");
        console.Info($"OTLP receiver: gRPC {_options.OtlpEndpoint}, HTTP/protobuf http://127.0.0.1:{dashboard.Options.OtlpHttpPort}; telemetry kept in {data.Telemetry}");
        return dashboard;
    }

    private async Task<int> RunUntilStoppedAsync(Orchestrator orchestrator)
    {
        using var signal = new ShutdownSignal(console);
        try
        {
            await orchestrator.StartAsync(signal.Token);
            await Task.Delay(Timeout.Infinite, signal.Token);
            return 0;
        }
        catch (OperationCanceledException) when (signal.Token.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception e)
        {
            console.Info($"Cannot start the platform: {e.Message}");
            return 1;
        }
    }

    private void BindConfiguredConnectionStrings()
    {
        foreach (var resource in resources)
        {
            if (_options.ConnectionStrings.TryGetValue(resource.Name, out var configured))
            {
                switch (resource)
                {
                    case ServerResource server:
                        server.ConfiguredConnectionString = configured;
                        break;
                    case PostgresDatabaseResource database:
                        database.ConfiguredConnectionString = configured;
                        break;
                }
            }
        }
    }

    /// <summary>Checks every prerequisite before anything starts, so a missing one is named with its fix and nothing is left half-started.</summary>
    private List<ResourceRunner> CreateRunners()
    {
        var problems = new List<string>();
        var runners = new List<ResourceRunner>();
        foreach (var resource in resources)
        {
            try
            {
                if (CreateRunner(resource) is { } runner)
                {
                    runners.Add(runner);
                }
            }
            catch (InvalidOperationException e)
            {
                problems.Add(e.Message);
            }
        }
        return problems.Count == 0 ? runners : throw new InvalidOperationException("Cannot start the platform:\n  " + string.Join("\n  ", problems.Distinct()));
    }

    private ResourceRunner? CreateRunner(IResource resource)
    {
        switch (resource)
        {
            case ServerResource server:
                if (!server.IsExternal)
                {
                    server.CheckPrerequisites();
                }
                Register(server, server.GetType().Name.Replace("Resource", ""), server.IsExternal ? null : server.LogFile(data.ResourceFolder(server.Name)));
                return new ServerRunner(server, data, _ports, _notifications, console, time);
            case PostgresDatabaseResource database:
                Register(database, "PostgresDatabase", null);
                return new DatabaseRunner(database, _notifications);
            case ProjectResource project:
                var output = ProjectOutput.Locate(project, build);
                foreach (var endpoint in output.Endpoints)
                {
                    project.EndpointUrls[endpoint] = $"http://127.0.0.1:{_ports.Get($"{project.Name}:{endpoint}")}";
                }
                Register(project, "Project", data.LogFile(project.Name));
                return new ProjectRunner(project, output, new ProjectLaunch(project, output, _options), data, _notifications, console, time);
            default:
                return null;
        }
    }

    private void Register(IResource resource, string type, string? logFile) =>
        _notifications.Register(new ResourceSnapshot(resource.Name, type) { LogFile = logFile });

    private void ResolveParameters()
    {
        foreach (var parameter in resources.OfType<ParameterResource>())
        {
            parameter.Value = _options.Parameters.GetValueOrDefault(parameter.Name)
                ?? (parameter.Secret
                    ? GeneratedSecret(data.SecretFile(parameter.Name))
                    : throw new InvalidOperationException($"Parameter {parameter.Name} has no value: set the environment variable Parameters__{parameter.Name}."));
        }
    }

    /// <summary>32 random bytes, base64, kept with mode 600 in the data folder, never printed.</summary>
    private static string GeneratedSecret(string file)
    {
        if (!File.Exists(file))
        {
            using var stream = new FileStream(file, new FileStreamOptions
            {
                Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }
        return File.ReadAllText(file).Trim();
    }

    private IEnumerable<LogTail> Tails()
    {
        foreach (var snapshot in _notifications.Snapshots.Where(s => s.LogFile is not null))
        {
            var link = data.LogFile(snapshot.Name);
            if (snapshot.LogFile != link && !Path.Exists(link))
            {
                // Servers write in their own folder; <data>/logs/ still lists every resource's log.
                File.CreateSymbolicLink(link, snapshot.LogFile!);
            }
            var name = snapshot.Name;
            yield return new LogTail(snapshot.LogFile!, _options.Quiet ? line => _consoleLogs.Add(name, line) : line => console.Line(name, line), time);
        }
    }

    private void OnChanged(ResourceSnapshot? previous, ResourceSnapshot next)
    {
        console.StateChanged(previous, next);
        _state.Write(_notifications.Snapshots);
        if (!_announced && _state.StartupSeconds is { } seconds)
        {
            _announced = true;
            console.Table(_notifications.Snapshots);
            console.Info($"All resources healthy {seconds:0.0} s after start. Ctrl+C stops everything.");
        }
        else if (_announced && Interlocked.Exchange(ref _tablePending, 1) == 0)
        {
            _ = PrintTableSoonAsync();
        }
    }

    /// <summary>After start-up, later changes (a crash, a restart) come in bursts: one table per burst.</summary>
    private async Task PrintTableSoonAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(2), time);
        Interlocked.Exchange(ref _tablePending, 0);
        if (!_stopping)
        {
            console.Table(_notifications.Snapshots);
        }
    }
}
