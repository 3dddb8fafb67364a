using Defis.Contracts.PersonalData.V1;
using Defis.SharedKernel.Errors;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Defis.ServiceInfrastructure.PersonalData;

/// <summary>
/// The caller's part of a person's data in this service: any signed-in person, for themselves only — the person is the
/// token's subject, so there is nothing to ask about anyone else.
/// </summary>
[Authorize]
public sealed class PersonalDataService(IPersonalDataSource source, PersonalDataServiceName name, TimeProvider time)
    : Contracts.PersonalData.V1.PersonalData.PersonalDataBase
{
    /// <summary>Every service keeps one (decision 0028), and none puts it in a person's part.</summary>
    private const string AuditTrailLeftOut =
        "La piste d'audit du service : elle garde qui a changé quoi et quand (les noms des champs, jamais leurs valeurs) " +
        "pour prouver que rien n'a été réécrit ; l'équipe du programme la consulte.";

    public override async Task<HttpBody> ExportMyData(ExportMyDataRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Service))
        {
            new FieldViolations().Add("service", "Ce champ est obligatoire : le service dont vous voulez vos données.").ThrowIfAny();
        }
        // Each service serves its own part only: another service's name is a part that is not here.
        if (!string.Equals(request.Service, name.Service, StringComparison.Ordinal))
        {
            throw new NotFoundException("Données personnelles du service", request.Service);
        }
        var subject = PersonalDataSubject.Of(context.GetHttpContext().User)
            ?? throw new RpcException(new Status(StatusCode.Unauthenticated, "Connexion requise."));
        var part = await source.CollectAsync(subject, context.CancellationToken);
        var document = new PersonalDataDocument(name.Service, subject.Id, time.GetUtcNow(), [.. part.NotIncluded, AuditTrailLeftOut], part.Data);
        return new HttpBody { ContentType = PersonalDataDocument.ContentType, Data = ByteString.CopyFrom(document.ToUtf8Json()) };
    }
}

/// <summary>The service this process is, as the contract's <c>service</c> field names it.</summary>
public sealed record PersonalDataServiceName(string Service);
