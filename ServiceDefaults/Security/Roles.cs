namespace Defis.ServiceDefaults.Security;

/// <summary>The platform's roles, as carried in the token's "role" claim.</summary>
public static class Roles
{
    public const string Applicant = "applicant";
    public const string Juror = "juror";
    public const string PanelPresident = "panel-president";
    public const string ProgrammeStaff = "programme-staff";
    public const string FinanceOfficer = "finance-officer";
    public const string Coach = "coach";
    public const string MinistryPartner = "ministry-partner";
}
