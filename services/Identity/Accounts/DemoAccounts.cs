using System.Security.Cryptography;
using System.Text;
using Defis.ServiceDefaults.Security;

namespace Defis.Identity.Accounts;

/// <summary>
/// One account per role for local runs and demos. The user ids are the ones other services' demo seeds use
/// (Submission files its demo dossiers for demo-porteur-1 and demo-porteur-2, its calls are staffed by demo-ditp).
/// </summary>
public static class DemoAccounts
{
    public sealed record Account(string UserId, string Email, string[] Roles);

    public static readonly IReadOnlyList<Account> All =
    [
        new("demo-porteur-1", "porteur1@demo.defis.gouv.fr", [Roles.Applicant]),
        new("demo-porteur-2", "porteur2@demo.defis.gouv.fr", [Roles.Applicant]),
        new("demo-jure-1", "jure1@demo.defis.gouv.fr", [Roles.Juror]),
        new("demo-jure-2", "jure2@demo.defis.gouv.fr", [Roles.Juror]),
        new("demo-president", "president@demo.defis.gouv.fr", [Roles.PanelPresident, Roles.Juror]),
        new("demo-ditp", "ditp@demo.defis.gouv.fr", [Roles.ProgrammeStaff]),
        new("demo-finance", "finance@demo.defis.gouv.fr", [Roles.FinanceOfficer]),
        new("demo-coach", "coach@demo.defis.gouv.fr", [Roles.Coach]),
        new("demo-ministere", "ministere@demo.defis.gouv.fr", [Roles.MinistryPartner]),
    ];

    /// <summary>The account whose id and password match; compared in constant time so timing says nothing about the password.</summary>
    public static Account? SignIn(string? userId, string? password, string? demoPassword)
    {
        if (string.IsNullOrEmpty(demoPassword) || string.IsNullOrEmpty(password))
        {
            return null;
        }
        var account = All.FirstOrDefault(a => a.UserId == userId);
        return account is not null && SameSecret(password, demoPassword) ? account : null;
    }

    public static bool SameSecret(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
