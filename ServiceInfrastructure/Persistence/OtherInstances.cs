using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Defis.ServiceInfrastructure.Persistence;

/// <summary>
/// Start-up work that instances of a service take turns at, under a lock (migrating, seeding): waiting for another
/// instance is not an outage. On a loaded machine (two replicas of six services starting at once on two cores) another
/// instance's turn has outlasted a command's 30 s; an instance that gave up there exited, and the platform never came up.
/// </summary>
public static class OtherInstances
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    /// <summary>This context's commands, the lock's wait among them, may last as long as another instance's turn.</summary>
    public static void WaitsForOtherInstances(this DatabaseFacade database) => database.SetCommandTimeout(Patience);
}
