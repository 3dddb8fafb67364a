using Defis.Jury.Domain;

namespace Defis.Jury.Benchmarks;

/// <summary>A programme, a panel of jurors and dossiers, built the way the service would build them.</summary>
internal static class Fixture
{
    public const string Programme = "CB21";

    public static readonly DateTimeOffset Now = new(2021, 10, 15, 10, 0, 0, TimeSpan.FromHours(2));

    public static readonly Actor Staff = new("staff", IsProgrammeStaff: true);

    public static Panel Panel(int jurors)
    {
        var panel = Domain.Panel.Create(Programme, Phase.Incubation, Staff, Now);
        for (var j = 0; j < jurors; j++)
        {
            panel.AddMember(new PanelMember($"juror-{j:000}", $"Juré {j}", $"Organisation {j}", j % 2 == 0 ? MemberKind.Expert : MemberKind.PublicAgent,
                j == 0 ? PanelRole.President : PanelRole.Member), Staff, Now);
        }
        return panel;
    }

    public static DossierProfile[] Dossiers(int count, Random random) => Enumerable.Range(0, count)
        .Select(d => new DossierProfile(Guid.CreateVersion7(Now.AddSeconds(d)), $"CB21-{d:00000}", Programme, Now.AddMinutes(random.Next(60 * 24 * 50)),
            $"Structure {random.Next(5000)}", [$"Partenaire {random.Next(5000)}"], [$"Territoire {random.Next(100)}"]))
        .ToArray();
}
