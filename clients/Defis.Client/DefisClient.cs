using Defis.Client.Api;
using Defis.Client.Http;
using Defis.Client.PersonalData;
using Refit;

namespace Defis.Client;

/// <summary>
/// The platform through its gateway: one authenticated HttpClient (bearer token from <see cref="TokenSource"/>,
/// an Idempotency-Key on every POST) shared by typed APIs. Errors surface as Refit's ApiException, whose
/// content is the services' problem details (field violations for bad input).
/// </summary>
public sealed class DefisClient : IDisposable
{
    public static readonly RefitSettings Settings = new()
    {
        ContentSerializer = new ProtobufJsonContentSerializer(),
        UrlParameterFormatter = new TranscodingQueryFormatter(),
    };

    private readonly HttpClient _http;

    /// <param name="gateway">The gateway's base address.</param>
    /// <param name="tokens">Where access tokens come from.</param>
    /// <param name="transport">The innermost handler (e.g. a test server's); a new SocketsHttpHandler when absent.</param>
    public DefisClient(Uri gateway, TokenSource tokens, HttpMessageHandler? transport = null)
        : this(gateway, tokens.TokenAsync, transport)
    {
    }

    /// <param name="gateway">The gateway's base address.</param>
    /// <param name="accessToken">The caller's current access token, e.g. a portal's signed-in person's, kept in their session.</param>
    /// <param name="transport">The innermost handler; a new SocketsHttpHandler when absent.</param>
    public DefisClient(Uri gateway, Func<CancellationToken, Task<string>> accessToken, HttpMessageHandler? transport = null)
    {
        var pipeline = new IdempotencyKeyHandler { InnerHandler = new BearerHandler(accessToken) { InnerHandler = transport ?? new SocketsHttpHandler() } };
        _http = new HttpClient(pipeline) { BaseAddress = gateway };
        Programmes = RestService.For<IProgrammesApi>(_http, Settings);
        Dossiers = RestService.For<IDossiersApi>(_http, Settings);
        Funding = RestService.For<IFundingApi>(_http, Settings);
        Inbox = RestService.For<IInboxApi>(_http, Settings);
        Jury = RestService.For<IJuryApi>(_http, Settings);
        Accompaniment = RestService.For<IAccompanimentApi>(_http, Settings);
        Sessions = RestService.For<ISessionsApi>(_http, Settings);
        Correspondence = RestService.For<ICorrespondenceApi>(_http, Settings);
        PersonalData = RestService.For<IPersonalDataApi>(_http, Settings);
    }

    public IProgrammesApi Programmes { get; }

    public IDossiersApi Dossiers { get; }

    public IFundingApi Funding { get; }

    public IInboxApi Inbox { get; }

    public IJuryApi Jury { get; }

    public IAccompanimentApi Accompaniment { get; }

    /// <summary>Accompaniment's sessions: scheduling, registration and waiting list, the .ics file.</summary>
    public ISessionsApi Sessions { get; }

    public ICorrespondenceApi Correspondence { get; }

    /// <summary>The signed-in person's data, one service's part at a time; <see cref="PersonalDataArchive"/> makes the one archive.</summary>
    public IPersonalDataApi PersonalData { get; }

    /// <summary>Everything the platform holds about the signed-in person, as one zip (decision 0030).</summary>
    public PersonalDataArchive PersonalDataArchive(TimeProvider? time = null) => new(PersonalData, time ?? TimeProvider.System);

    public void Dispose() => _http.Dispose();
}
