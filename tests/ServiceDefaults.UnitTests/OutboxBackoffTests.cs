using Defis.ServiceInfrastructure.Messaging;

namespace Defis.ServiceDefaults.UnitTests;

public sealed class OutboxBackoffTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 30)]
    [InlineData(40, 30)]
    public void Doubles_from_one_second_up_to_the_cap(int attempts, double expectedSeconds)
    {
        var middle = OutboxBackoff.After(attempts, TimeSpan.FromSeconds(30), jitter01: 0.5);

        Assert.Equal(expectedSeconds, middle.TotalSeconds, precision: 6);
    }

    [Fact]
    public void Jitter_stays_within_twenty_percent()
    {
        Assert.Equal(3.2, OutboxBackoff.After(3, TimeSpan.FromMinutes(5), 0).TotalSeconds, precision: 6);
        Assert.Equal(4.8, OutboxBackoff.After(3, TimeSpan.FromMinutes(5), 1).TotalSeconds, precision: 6);
    }
}
