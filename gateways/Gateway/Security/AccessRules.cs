using Defis.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;

namespace Defis.Gateway.Security;

/// <summary>
/// Coarse access at the door, by path (and method where one path serves several roles): who may even reach a
/// service. Every proxied route carries one of these policies; the services still check ownership (decision 0007).
/// </summary>
public static class AccessRules
{
    public const string SignedIn = "signed-in";

    /// <summary>A dossier's files, thread and notes: its team, staff, and the jurors Correspondence knows assigned to it.</summary>
    public const string CorrespondencePolicy = "correspondence";

    /// <summary>YARP's name for "no authorisation at all": only for what the law or the calls make public.</summary>
    public const string Public = "Anonymous";

    public sealed record Rule(string Service, string Path, string Policy, string[]? Methods = null);

    private static readonly string[] Get = ["GET"];
    private static readonly string[] Writes = ["POST", "PUT", "PATCH", "DELETE"];

    /// <summary>Policy name → roles allowed; <see cref="SignedIn"/> is any authenticated caller.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Policies = new Dictionary<string, string[]>
    {
        ["programme-staff"] = [Roles.ProgrammeStaff],
        ["dossiers"] = [Roles.Applicant, Roles.ProgrammeStaff, Roles.Juror, Roles.PanelPresident, Roles.FinanceOfficer, Roles.Coach],
        ["jury"] = [Roles.Juror, Roles.PanelPresident, Roles.ProgrammeStaff],
        ["funding"] = [Roles.FinanceOfficer, Roles.ProgrammeStaff, Roles.MinistryPartner, Roles.Applicant],
        ["funding-events"] = [Roles.MinistryPartner, Roles.FinanceOfficer],
        ["accompaniment"] = [Roles.Coach, Roles.Applicant, Roles.ProgrammeStaff],
        [CorrespondencePolicy] = [Roles.Applicant, Roles.ProgrammeStaff, Roles.Juror, Roles.PanelPresident],
    };

    public static readonly IReadOnlyList<Rule> RestRules =
    [
        // Public by law or by the calls: the laureates of a call's phase and the open data of grants (issue 20).
        new("submission", "/api/v1/programmes/{programmeCode}/laureates", Public, Get),
        new("funding", "/api/v1/open-data/{**rest}", Public, Get),
        // Calls still drafted are staff's work in progress.
        new("submission", "/api/v1/programmes/drafts", "programme-staff", Get),
        // The public list and pages of calls: any signed-in user; drafting, correcting or deleting a draft, publishing,
        // archiving: staff only.
        new("submission", "/api/v1/programmes/{**rest}", SignedIn, Get),
        new("submission", "/api/v1/programmes/{**rest}", "programme-staff", Writes),
        // Background exports of dossiers (issue 20): programme staff only at the door; a job is its requester's alone
        // (the service answers 404 to anyone else).
        new("submission", "/api/v1/dossiers/exports/{programmeCode}/jobs", "programme-staff", ["POST"]),
        new("submission", "/api/v1/dossiers/export-jobs/{**rest}", "programme-staff", Get),
        new("submission", "/api/v1/dossiers/{**rest}", "dossiers"),
        // A person's erasure (RGPD art. 17, decision 0032): started by programme staff, for one person.
        new("submission", "/api/v1/submission/erasures", "programme-staff", ["POST"]),
        // Jury: one rule for the whole service; each rpc narrows it (e.g. /me/assignments and /me/panels are jurors' and
        // presidents', a panel's decisions its president's and staff's), and ownership stays the service's.
        new("jury", "/api/v1/jury/{**rest}", "jury"),
        new("funding", "/api/v1/funding/programmes/{programmeId}/events", "funding-events"),
        new("funding", "/api/v1/funding/{**rest}", "funding"),
        // Anyone signed in may see a session, add it to their calendar, register and cancel (nobody needs a dossier to
        // attend a webinar), and lists their own registrations; the service says which sessions each person sees.
        // Scheduling, capacity, the list of registrants and attendance stay with the rule below, and are organisers'.
        new("accompaniment", "/api/v1/accompaniment/sessions", SignedIn, Get),
        new("accompaniment", "/api/v1/accompaniment/sessions/{sessionId}", SignedIn, Get),
        new("accompaniment", "/api/v1/accompaniment/sessions/{sessionId}/calendar.ics", SignedIn, Get),
        new("accompaniment", "/api/v1/accompaniment/sessions/{sessionId}/registrations", SignedIn, ["POST"]),
        new("accompaniment", "/api/v1/accompaniment/sessions/{sessionId}/registrations/cancel", SignedIn, ["POST"]),
        new("accompaniment", "/api/v1/accompaniment/registrations/mine", SignedIn, Get),
        new("accompaniment", "/api/v1/accompaniment/{**rest}", "accompaniment"),
        // Files, thread and notes (issue 19); the file upload and download are the gateway's own routes (Files/).
        new("correspondence", "/api/v1/correspondence/{**rest}", CorrespondencePolicy),
        new("notification", "/api/v1/inbox/{**rest}", SignedIn),
        new("notification", "/api/v1/notifications/{**rest}", SignedIn),
        // Each service's audit trail (issue 21): programme staff only; the path names the service whose trail it is.
        new("submission", "/api/v1/audit/submission/{**rest}", "programme-staff", Get),
        new("jury", "/api/v1/audit/jury/{**rest}", "programme-staff", Get),
        new("funding", "/api/v1/audit/funding/{**rest}", "programme-staff", Get),
        new("accompaniment", "/api/v1/audit/accompaniment/{**rest}", "programme-staff", Get),
        new("notification", "/api/v1/audit/notification/{**rest}", "programme-staff", Get),
        new("correspondence", "/api/v1/audit/correspondence/{**rest}", "programme-staff", Get),
        // A person's data (issue 21): any signed-in person, each service's part for themselves (the token names whom).
        new("submission", "/api/v1/me/data/submission", SignedIn, Get),
        new("jury", "/api/v1/me/data/jury", SignedIn, Get),
        new("funding", "/api/v1/me/data/funding", SignedIn, Get),
        new("accompaniment", "/api/v1/me/data/accompaniment", SignedIn, Get),
        new("notification", "/api/v1/me/data/notification", SignedIn, Get),
        new("correspondence", "/api/v1/me/data/correspondence", SignedIn, Get),
    ];

    public static void AddAccessPolicies(this AuthorizationBuilder authorization)
    {
        authorization.AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser());
        foreach (var (name, roles) in Policies)
        {
            authorization.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        }
    }
}
