using Defis.ServiceInfrastructure.Persistence;
using Defis.Submission.Domain;
using Defis.Submission.Outgoing;
using Defis.Submission.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Defis.Submission.Seed;

/// <summary>
/// Loads the 2018 and 2021 calls and their demo dossiers (<see cref="DemoCalls"/>), replaying their history at
/// its real dates through the domain's own rules, with the events other services learn from. Idempotent: a call
/// already present is left as it is, and each call is written in one transaction, so a crash leaves none of it.
/// Runs at start-up when <c>Submission:SeedDemoData</c> is true (the AppHost sets it for local runs).
/// </summary>
public sealed class DemoSeeder(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration) : IHostedService
{
    private const string Staff = "demo-ditp";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue<bool>("Submission:SeedDemoData"))
        {
            await SeedAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Seeds every reference call not yet present; returns how many calls it added.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var added = 0;
        // PostgreSQL stores instants in UTC; the reference terms are written in Paris time.
        foreach (var terms in ReferenceProgrammes.All.Select(t => t with { OpensAt = t.OpensAt.ToUniversalTime(), ClosesAt = t.ClosesAt.ToUniversalTime() }))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
            db.Database.WaitsForOtherInstances();
            var seeded = await db.InTransactionAsync(async () =>
            {
                // Serialises concurrent seeders (two instances starting together) on this call's code.
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({terms.Code}))", cancellationToken);
                if (await db.Programmes.AnyAsync(p => p.Code == terms.Code, cancellationToken))
                {
                    return false;
                }
                await AddCallAsync(db, terms, cancellationToken);
                return true;
            }, cancellationToken);
            added += seeded ? 1 : 0;
        }
        return added;
    }

    private async Task AddCallAsync(SubmissionDbContext db, ProgrammeTerms terms, CancellationToken cancellationToken)
    {
        var programme = Programme.Draft(terms, Staff, terms.OpensAt.AddDays(-10));
        programme.Publish(terms.OpensAt.AddDays(-1));
        db.Programmes.Add(programme);
        db.AddIntegrationEvent(programme.ToPublishedEvent(terms.OpensAt.AddDays(-1)));
        var demos = DemoCalls.For(terms.Code);
        for (var i = 0; i < demos.Count; i++)
        {
            db.Dossiers.Add(await FiledAsync(db, programme, demos[i], terms.OpensAt.AddDays(i + 1), cancellationToken));
        }
        var now = time.GetUtcNow();
        if (now > programme.ClosesAt)
        {
            programme.Close(now);
            db.AddIntegrationEvent(programme.ToClosedEvent(now));
        }
    }

    private static async Task<Dossier> FiledAsync(SubmissionDbContext db, Programme programme, DemoDossier demo, DateTimeOffset startedAt,
        CancellationToken cancellationToken)
    {
        var lead = Actor.Applicant(demo.LeadUserId, $"{demo.LeadUserId}@example.gouv.fr");
        var content = demo.ToContent(programme.Terms, DateOnly.FromDateTime(startedAt.Date));
        var dossier = Dossier.StartDraft(programme.Code, demo.Title, demo.LeadName, demo.LeadType, content.ContactEmail, lead.UserId, startedAt);
        dossier.Edit(lead, content, programme, startedAt.AddHours(1));
        var reference = DossierReference.Format(programme.Code, await db.NextRankAsync(programme.Code, cancellationToken));
        dossier.Submit(lead, programme, startedAt.AddHours(2), reference);
        db.AddIntegrationEvent(dossier.ToSubmittedEvent(programme.Id, startedAt.AddHours(2)));
        return dossier;
    }
}
