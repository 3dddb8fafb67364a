using System.Diagnostics;
using Defis.Benchmarking;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Google.Protobuf.WellKnownTypes;
using Date = Google.Type.Date;

namespace Defis.Benchmarks.Submission;

/// <summary>Teams filing dossiers as fast as the service takes them: create, fill, submit (three transactions each).</summary>
public static class SubmissionLoad
{
    public const string Code = "BENCH";

    public static async Task PublishCallAsync(BenchmarkHost host, string code = Code)
    {
        var staff = new Programmes.ProgrammesClient(host.Channel("staff", Roles.ProgrammeStaff));
        var terms = new ProgrammeTerms
        {
            Code = code, Title = "Appel de mesure", Description = "Un appel ouvert pour mesurer le dépôt des dossiers.",
            OpensAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1)),
            ClosesAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(30)),
            Phases = { new PhaseTerms { Phase = Phase.Experimentation, StartsOn = new Date { Year = 2027, Month = 1, Day = 15 }, MinGrantCents = 1, MaxGrantCents = 12_000_000 } },
            ApplicationPhase = Phase.Experimentation, EnvelopeCents = 300_000_000,
            Themes = { "Relation aux usagers" },
            AllowedLeadTypes = { LeadStructureType.StateOperator },
            EligibleExpenses = { ExpenseCategory.IntellectualServices },
            RequiredSections = { DossierSection.Problem, DossierSection.Team, DossierSection.Territories },
        };
        await staff.CreateProgrammeAsync(new CreateProgrammeRequest { Terms = terms });
        await staff.PublishProgrammeAsync(new PublishProgrammeRequest { Code = code });
    }

    /// <summary>
    /// Runs <paramref name="teams"/> concurrent teams for <paramref name="duration"/>, team i filing into
    /// <paramref name="calls"/>[i mod n] (every team into <see cref="Code"/> by default: the worst case, one reference
    /// counter for all); returns the dossier ids filed and the rate.
    /// </summary>
    public static async Task<(List<string> Filed, double PerSecond)> RunAsync(BenchmarkHost host, int teams, TimeSpan duration, IReadOnlyList<string>? calls = null)
    {
        calls ??= [Code];
        var filed = new List<string>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, teams).Select(async team =>
        {
            var client = new Dossiers.DossiersClient(host.Channel($"team-{team}", Roles.Applicant));
            while (clock.Elapsed < duration)
            {
                var id = await FileOneAsync(client, calls[team % calls.Count]);
                lock (filed)
                {
                    filed.Add(id);
                }
            }
        }));
        return (filed, filed.Count / clock.Elapsed.TotalSeconds);
    }

    /// <summary>One team's filing into <paramref name="code"/>: create, fill, submit; returns the dossier's id.</summary>
    public static async Task<string> FileOneAsync(Dossiers.DossiersClient client, string code = Code)
    {
        var created = await client.CreateDossierAsync(new CreateDossierRequest
        {
            ProgrammeCode = code, Title = "Simplifier l'accueil des usagers", LeadStructureName = "Rectorat de Lyon",
            LeadStructureType = LeadStructureType.StateOperator, ContactEmail = "equipe@ac-lyon.fr",
        });
        await client.UpdateDossierAsync(new UpdateDossierRequest { DossierId = created.Id, Content = Content() });
        await client.SubmitDossierAsync(new SubmitDossierRequest { DossierId = created.Id });
        return created.Id;
    }

    private static DossierContent Content() => new()
    {
        Title = "Simplifier l'accueil des usagers",
        LeadStructure = new LeadStructure { Name = "Rectorat de Lyon", Type = LeadStructureType.StateOperator },
        ContactEmail = "equipe@ac-lyon.fr",
        Theme = "Relation aux usagers",
        Problem = "Les usagers attendent longtemps au guichet pour des démarches simples.",
        TeamMembers = { new TeamMember { Name = "Claire Martin", Role = "Cheffe de projet", Email = "claire@ac-lyon.fr", IsPublicAgent = true } },
        Territories = { new Territory { Kind = TerritoryKind.Department, Code = "69" } },
        Budget = new Budget
        {
            Lines = { new BudgetLine { Category = ExpenseCategory.IntellectualServices, Label = "Design de service", AmountCents = 10_000_000, ProviderName = "Atelier", ProviderCountry = "FR" } },
            RequestedAmountCents = 9_000_000,
        },
    };
}
