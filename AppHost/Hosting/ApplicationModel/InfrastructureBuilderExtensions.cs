namespace Defis.Hosting;

/// <summary>AddPostgres, AddDatabase, AddRabbitMQ, AddRedis: Aspire's names and shapes.</summary>
public static class InfrastructureBuilderExtensions
{
    public static IResourceBuilder<PostgresServerResource> AddPostgres(this IDistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new PostgresServerResource(name));

    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresServerResource> builder, string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, builder.Resource);
        database.WaitsFor.Add(builder.Resource);
        return builder.ApplicationBuilder.AddResource(database);
    }

    public static IResourceBuilder<RabbitMQServerResource> AddRabbitMQ(this IDistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new RabbitMQServerResource(name));

    public static IResourceBuilder<RabbitMQServerResource> WithManagementPlugin(this IResourceBuilder<RabbitMQServerResource> builder)
    {
        builder.Resource.ShowsManagement = true;
        return builder;
    }

    public static IResourceBuilder<RedisResource> AddRedis(this IDistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new RedisResource(name));

    public static IResourceBuilder<SmtpResource> AddSmtpCapture(this IDistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new SmtpResource(name));

    public static IResourceBuilder<ParameterResource> AddParameter(this IDistributedApplicationBuilder builder, string name, bool secret = false) =>
        builder.AddResource(new ParameterResource(name, secret));
}
