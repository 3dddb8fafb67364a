using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.ServiceInfrastructure.PersonalData;

public static class PersonalDataExtensions
{
    /// <summary>
    /// The person's data this service holds, collected by <typeparamref name="TSource"/> (scoped: it reads the
    /// service's database) and served by <see cref="MapPersonalData"/>.
    /// </summary>
    public static IServiceCollection AddPersonalData<TSource>(this IServiceCollection services, string service)
        where TSource : class, IPersonalDataSource
    {
        services.AddSingleton(new PersonalDataServiceName(service));
        return services.AddScoped<IPersonalDataSource, TSource>();
    }

    public static IEndpointRouteBuilder MapPersonalData(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<PersonalDataService>();
        return endpoints;
    }
}
