namespace Defis.ServiceInfrastructure.Documents;

/// <summary>Puts a <see cref="GrantNotification"/> on the platform's one page layout (<see cref="PdfPage"/>).</summary>
public static class GrantNotificationPdf
{
    public static byte[] Render(GrantNotification notification) => PdfPage.Render(notification.DocumentTitle, page =>
    {
        page.Opening(GrantNotification.Heading, notification.Facts);
        page.Gap();
        page.Text(notification.Announcement);
        page.Fact(notification.ScheduleLabel, string.Join("\n", notification.Schedule));
        page.Note(notification.Issued);
    });
}
