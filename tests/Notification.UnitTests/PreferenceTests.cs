using Defis.Notification.Domain.Preferences;
using Defis.SharedKernel.Errors;

namespace Defis.Notification.UnitTests;

public sealed class PreferenceTests
{
    private static readonly DateTimeOffset Now = new(2021, 10, 15, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DeliveryMode.DailyDigest)]
    [InlineData(DeliveryMode.Off)]
    public void Jury_decisions_can_be_neither_delayed_nor_turned_off(DeliveryMode mode)
    {
        var error = Assert.Throws<PreconditionFailedException>(() => Preference.For("u", Categories.Decision, mode, Now));

        Assert.Equal("MANDATORY_CATEGORY", Assert.Single(error.Violations).Type);
    }

    [Fact]
    public void Jury_decisions_may_be_set_to_immediate()
    {
        var preference = Preference.For("u", Categories.Decision, DeliveryMode.Immediate, Now);

        Assert.Equal(DeliveryMode.Immediate, preference.Mode);
    }

    [Fact]
    public void Other_categories_take_the_chosen_mode_and_remember_when()
    {
        var preference = Preference.For("u", Categories.Funding, DeliveryMode.DailyDigest, Now);
        preference.Change(DeliveryMode.Off, Now.AddDays(1));

        Assert.Equal(("u", Categories.Funding, DeliveryMode.Off, Now.AddDays(1)), (preference.UserId, preference.Category, preference.Mode, preference.UpdatedAt));
    }

    [Fact]
    public void The_effective_mode_is_the_choice_immediate_without_one_and_always_immediate_for_decisions()
    {
        Assert.Equal(DeliveryMode.DailyDigest, Preference.Effective(Categories.Review, DeliveryMode.DailyDigest));
        Assert.Equal(DeliveryMode.Immediate, Preference.Effective(Categories.Review, null));
        Assert.Equal(DeliveryMode.Immediate, Preference.Effective(Categories.Decision, DeliveryMode.Off));
    }

    [Fact]
    public void Categories_are_known_by_their_exact_name()
    {
        Assert.All(Categories.All, c => Assert.True(Categories.IsKnown(c)));
        Assert.Equal(9, Categories.All.Distinct().Count());
        Assert.False(Categories.IsKnown("Dossier"));
        Assert.False(Categories.IsKnown("digest"));
        Assert.Equal([Categories.Decision], Categories.All.Where(Categories.IsMandatory));
    }
}
