using Defis.Accompaniment.Domain.Connections;
using static Defis.Accompaniment.UnitTests.Programme;

namespace Defis.Accompaniment.UnitTests;

public sealed class PeerConnectionsTests
{
    private static readonly Domain.Plans.Laureate Ours =
        Laureate("Parents allophones à l'école", "Accès aux droits", ["Hauts-de-France", "Nord"]);

    [Fact]
    public void Peers_are_ranked_by_shared_theme_and_territories_with_reasons_in_French()
    {
        var both = Laureate("Bourses : lever le non-recours", "Accès aux droits", ["Nord"]);
        var themeOnly = Laureate("Droits des victimes", "acces aux DROITS", ["Bretagne"]);
        var twoPlaces = Laureate("Mobilité des jeunes", "Mobilité", ["Nord", "hauts de france"]);
        var onePlace = Laureate("Qualité de l'air et chauffage au bois", "Risques émergents", ["Nord"]);
        var nothing = Laureate("Lombalgie chronique", "Santé", ["Occitanie"]);

        var suggestions = PeerConnections.Suggest(Ours, [nothing, onePlace, twoPlaces, themeOnly, both, Ours]);

        Assert.Equal(
            [
                ("Bourses : lever le non-recours", 3, new[] { "même thème : Accès aux droits", "même territoire : Nord" }),
                ("Droits des victimes", 2, new[] { "même thème : acces aux DROITS" }),
                ("Mobilité des jeunes", 2, new[] { "même territoire : Nord", "même territoire : hauts de france" }),
                ("Qualité de l'air et chauffage au bois", 1, new[] { "même territoire : Nord" }),
            ],
            suggestions.Select(s => (s.ProjectTitle, s.Score, s.Reasons.ToArray())));
    }

    [Fact]
    public void The_ranking_does_not_depend_on_the_order_peers_come_in()
    {
        var peers = Enumerable.Range(1, 8)
            .Select(i => Laureate($"Projet {9 - i}", i % 2 == 0 ? "Accès aux droits" : "Autre", i % 3 == 0 ? ["Nord"] : ["Var"]))
            .ToList();

        var forward = PeerConnections.Suggest(Ours, peers, max: 10).Select(s => s.DossierId);
        var backward = PeerConnections.Suggest(Ours, Enumerable.Reverse(peers), max: 10).Select(s => s.DossierId);

        Assert.Equal(forward, backward);
        Assert.Equal(5, forward.Count());
    }

    [Fact]
    public void At_most_max_suggestions_and_never_the_project_itself()
    {
        var peers = Enumerable.Range(0, 10).Select(i => Laureate($"Projet {i:00}", "Accès aux droits")).Append(Ours);

        var suggestions = PeerConnections.Suggest(Ours, peers, max: 3);

        Assert.Equal(["Projet 00", "Projet 01", "Projet 02"], suggestions.Select(s => s.ProjectTitle));
        Assert.DoesNotContain(suggestions, s => s.DossierId == Ours.DossierId);
    }
}
