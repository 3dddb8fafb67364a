using Defis.Jury.Domain;

namespace Defis.Jury.UnitTests;

public sealed class NameMatchingTests
{
    [Theory]
    [InlineData("Lyon", "lyon")]
    [InlineData("Pôle emploi", "pole emploi")]
    [InlineData("Île-de-France", "ile de france")]
    [InlineData("Saint\u2019Denis", "saint denis")]
    [InlineData("Pre\u0301fecture du Rho\u0302ne", "prefecture du rhone")]
    [InlineData("  --Cœur, Æther & Straße--  ", "coeur aether straße")]
    [InlineData("ÉCOLE NATIONALE", "ecole nationale")]
    public void A_name_is_lower_case_without_accents_with_one_space_between_words(string name, string normalised) =>
        Assert.Equal(normalised.Replace("ß", "ss"), NameMatching.Normalise(name));

    [Fact]
    public void A_long_name_is_normalised_whole()
    {
        var name = string.Join(" ", Enumerable.Repeat("Établissement", 20));

        Assert.Equal(string.Join(" ", Enumerable.Repeat("etablissement", 20)), NameMatching.Normalise(name));
    }

    [Theory]
    [InlineData(null, new string[0])]
    [InlineData("   ", new string[0])]
    [InlineData("---", new string[0])]
    [InlineData("Mairie", new[] { "mairie" })]
    [InlineData("Direction de la transformation publique (DITP)", new[] { "ditp", "direction de la transformation publique" })]
    [InlineData("Seine-Saint-Denis (93)", new[] { "93", "seine saint denis" })]
    [InlineData("X (A) (B)", new[] { "a", "b", "x" })]
    [InlineData("X ()", new[] { "x" })]
    [InlineData("X (A(B))", new[] { "ab", "x" })]
    [InlineData("X (A(B)C)", new[] { "abc", "x" })]
    [InlineData("A) B (C)", new[] { "c", "a b" })]
    [InlineData("Mairie (Lyon", new[] { "lyon", "mairie" })]
    [InlineData("Lyon (Lyon)", new[] { "lyon" })]
    public void A_name_gives_a_key_for_its_outside_and_each_parenthesised_part(string? name, string[] keys) =>
        Assert.Equal(keys, NameMatching.Keys(name));

    [Fact]
    public void Two_names_match_when_they_share_a_key()
    {
        var others = NameMatching.Keys("DITP").ToHashSet();

        Assert.True(NameMatching.Overlap(NameMatching.Keys("Direction interministérielle (DITP)").ToArray(), others));
        Assert.False(NameMatching.Overlap(NameMatching.Keys("Direction interministérielle").ToArray(), others));
    }
}
