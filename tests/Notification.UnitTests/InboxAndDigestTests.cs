using Defis.Notification.Domain;

namespace Defis.Notification.UnitTests;

public sealed class InboxAndDigestTests
{
    private static readonly DateTimeOffset Now = new(2021, 10, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Reading_twice_keeps_the_first_time()
    {
        var eventId = Guid.CreateVersion7(Now);
        var notification = InboxNotification.For("u", eventId, new RenderedMessage("dossier", "Sujet", "Corps"), Now);
        Assert.Null(notification.ReadAt);

        notification.MarkRead(Now.AddMinutes(1));
        notification.MarkRead(Now.AddMinutes(2));

        Assert.Equal(Now.AddMinutes(1), notification.ReadAt);
        Assert.Equal(("u", eventId, "dossier", "Sujet", "Corps", Now),
            (notification.RecipientId, notification.SourceEventId, notification.Category, notification.Subject, notification.Body, notification.CreatedAt));
    }

    [Fact]
    public void A_digest_names_its_paris_day_counts_its_items_and_lists_each_subject_with_its_body()
    {
        var digest = Digest.Compose(new DateOnly(2021, 10, 15), [new("funding", "Tranche 1 versée", "Corps 1"), new("review", "Dossier à évaluer", "Corps 2")]);

        Assert.Equal("digest", digest.Category);
        Assert.Equal("Votre récapitulatif Défis du 15 octobre 2021 (2 notifications)", digest.Subject);
        Assert.StartsWith("■ Tranche 1 versée\nCorps 1\n\n■ Dossier à évaluer\nCorps 2\n\n", digest.Body);
        Assert.EndsWith("selon vos préférences de notification.", digest.Body);
    }

    [Fact]
    public void A_digest_of_one_notification_says_it_in_the_singular()
    {
        var digest = Digest.Compose(new DateOnly(2021, 10, 15), [new("funding", "S", "B")]);

        Assert.EndsWith("(1 notification)", digest.Subject);
    }

    [Theory]
    [InlineData("CB21", "Cantine bio", "CB21 « Cantine bio »")]
    [InlineData("CB21", null, "CB21")]
    [InlineData("CB21", "", "CB21")]
    [InlineData(null, "Cantine bio", "« Cantine bio »")]
    [InlineData("", "Cantine bio", "« Cantine bio »")]
    [InlineData(null, null, "du programme")]
    [InlineData("", "", "du programme")]
    public void A_programme_is_named_by_its_code_and_title_when_known(string? code, string? title, string expected)
    {
        Assert.Equal(expected, new ProgrammeLabel(code, title).ToString());
    }
}
