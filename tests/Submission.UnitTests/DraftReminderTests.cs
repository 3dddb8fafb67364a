using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

/// <summary>The 2021 call closes on Friday 15 October 2021 at 23:59, Paris time.</summary>
public sealed class DraftReminderTests
{
    private static readonly TimeSpan Paris = TimeSpan.FromHours(2);
    private readonly Programme _call = TestData.Call2021;

    [Fact]
    public void A_draft_is_reminded_seven_days_then_one_day_before_closing_once_each()
    {
        var draft = TestData.Draft();

        var taken = new[]
        {
            draft.TakeDueReminder(_call, new DateTimeOffset(2021, 10, 8, 23, 0, 0, Paris)),
            draft.TakeDueReminder(_call, new DateTimeOffset(2021, 10, 9, 0, 0, 0, Paris)),
            draft.TakeDueReminder(_call, new DateTimeOffset(2021, 10, 9, 0, 1, 0, Paris)),
            draft.TakeDueReminder(_call, new DateTimeOffset(2021, 10, 14, 23, 58, 0, Paris)),
            draft.TakeDueReminder(_call, new DateTimeOffset(2021, 10, 15, 0, 0, 0, Paris)),
            draft.TakeDueReminder(_call, new DateTimeOffset(2021, 10, 15, 12, 0, 0, Paris)),
        };

        Assert.Equal([null, 7, null, null, 1, null], taken);
    }

    [Fact]
    public void After_an_outage_only_the_nearest_reminder_is_sent()
    {
        var draft = TestData.Draft();

        Assert.Equal(1, draft.TakeDueReminder(_call, new DateTimeOffset(2021, 10, 15, 9, 0, 0, Paris)));
        Assert.Null(draft.TakeDueReminder(_call, new DateTimeOffset(2021, 10, 15, 9, 5, 0, Paris)));
    }

    [Fact]
    public void Filed_dossiers_and_closed_calls_get_no_reminder()
    {
        var filed = TestData.Draft();
        filed.Edit(TestData.Lead, TestData.Complete2021(), _call, TestData.During2021Call);
        filed.Submit(TestData.Lead, _call, TestData.During2021Call, "CB21-0001");
        var late = TestData.Draft();

        Assert.Null(filed.TakeDueReminder(_call, new DateTimeOffset(2021, 10, 15, 9, 0, 0, Paris)));
        Assert.Null(late.TakeDueReminder(_call, new DateTimeOffset(2021, 10, 16, 0, 0, 0, Paris)));
    }
}
