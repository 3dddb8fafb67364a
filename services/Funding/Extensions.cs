using Defis.Contracts.Events;
using Defis.Funding.Documents;
using Defis.Funding.Events;
using Defis.Funding.Grpc;
using Defis.Funding.Persistence;
using Defis.Funding.PersonalData;
using Defis.ServiceDefaults.Health;
using Defis.ServiceInfrastructure.Audit;
using Defis.ServiceInfrastructure.Documents;
using Defis.ServiceInfrastructure.Messaging;
using Defis.ServiceInfrastructure.PersonalData;
using Defis.ServiceInfrastructure.Persistence;
using MassTransit;
using RabbitMQ.Client;

namespace Defis.Funding;

public static class Extensions
{
    public const string ServiceName = "funding";

    public static IHostApplicationBuilder AddFundingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<FundingDbContext>("funding-db");
        builder.Services.AddAuditTrail<FundingDbContext>(ServiceName);
        builder.Services.AddPersonalData<FundingPersonalData>(ServiceName);
        builder.Services.AddOptions<AttributingAuthority>().BindConfiguration(AttributingAuthority.Section);
        builder.AddMessaging<FundingDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<ProgrammePublishedConsumer>();
            bus.AddConsumer<DossierSubmittedConsumer>();
            bus.AddConsumer<DossierResubmittedConsumer>();
            bus.AddConsumer<DossierCoEditorsChangedConsumer>();
            bus.AddConsumer<DossierSelectedConsumer>();
            bus.AddConsumer<DossierNotSelectedConsumer>();
            bus.AddConsumer<MilestoneValidatedConsumer>();
            bus.AddConsumer<DossierPurgedConsumer>();
        }, (_, rabbit) => rabbit.AddMinistryExchange());
        DocumentFonts.Install(builder.Configuration[DocumentFonts.FolderSetting]);
        return builder;
    }

    public static WebApplication MapFundingEndpoints(this WebApplication app)
    {
        app.MapAuditTrail<FundingDbContext>();
        app.MapPersonalData();
        app.MapGrpcService<FundingService>();
        app.MapGrpcService<OpenDataService>();
        app.MapGrpcService<FundingExportsService>();
        app.MapGrpcService<GrantDocumentsService>();
        return app;
    }

    /// <summary>
    /// Every funding event derives from <see cref="FundingEvent"/>; MassTransit binds each event's own exchange
    /// to its base type's exchange, which we name <see cref="FundingEvent.ExchangeName"/> (durable fanout). A
    /// ministry binds its durable queue there and receives every funding event (docs/contracts/funding-events.md).
    /// </summary>
    private static void AddMinistryExchange(this IRabbitMqBusFactoryConfigurator rabbit)
    {
        rabbit.Message<FundingEvent>(message => message.SetEntityName(FundingEvent.ExchangeName));
        rabbit.Publish<FundingEvent>(exchange =>
        {
            exchange.ExchangeType = ExchangeType.Fanout;
            exchange.Durable = true;
            exchange.AutoDelete = false;
        });
    }
}
