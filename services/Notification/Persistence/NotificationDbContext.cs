using Defis.Notification.Domain;
using Defis.Notification.Domain.Delivery;
using Defis.Notification.Domain.Preferences;
using Defis.Notification.Domain.Webhooks;
using Defis.Notification.Persistence.Projections;
using Defis.ServiceInfrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Defis.Notification.Persistence;

public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : ServiceDbContext(options)
{
    public DbSet<InboxNotification> InboxNotifications => Set<InboxNotification>();

    public DbSet<OutboundDelivery> Deliveries => Set<OutboundDelivery>();

    public DbSet<Preference> Preferences => Set<Preference>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();

    public DbSet<DossierContact> DossierContacts => Set<DossierContact>();

    public DbSet<ProgrammeTitle> ProgrammeTitles => Set<ProgrammeTitle>();

    public DbSet<GrantDossier> GrantDossiers => Set<GrantDossier>();

    public DbSet<UserContact> UserContacts => Set<UserContact>();

    public DbSet<ParkedNotice> ParkedNotices => Set<ParkedNotice>();

    public DbSet<PurgedDossier> PurgedDossiers => Set<PurgedDossier>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationDbContext).Assembly);
        ProjectionConfiguration.Configure(modelBuilder);
    }
}

public sealed class NotificationDbContextFactory : IDesignTimeDbContextFactory<NotificationDbContext>
{
    public NotificationDbContext CreateDbContext(string[] args) => new(ServiceDatabase.DesignTimeOptions<NotificationDbContext>());
}
