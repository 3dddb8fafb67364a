using System.Text;
using Defis.ServiceDefaults.Security;
using Defis.Testing;

namespace Defis.Gateway.FunctionalTests.RealServices;

/// <summary>
/// Every route of the REST surface (one representative call each) × every kind of caller, through the gateway to the
/// real services, against the statuses written out below. The gateway's coarse rule and the service's role and
/// ownership checks both show in the table: a cell is what a portal developer would see.
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class AuthorisationMatrixTests(RealPlatform platform)
{
    // Callers, in the order of the columns.
    private static readonly (string Name, Func<string?> Token)[] Callers =
    [
        ("none", () => null),
        ("expired", () => TestTokens.Create(RealPlatform.ApplicantA, [Roles.Applicant], TimeSpan.FromHours(-1))),
        ("audience", () => TestTokens.Create(RealPlatform.ApplicantA, [Roles.Applicant], TimeSpan.FromHours(1), audience: "another-platform")),
        ("A", () => RealPlatform.Token(RealPlatform.ApplicantA, Roles.Applicant)),
        ("B", () => RealPlatform.Token(RealPlatform.ApplicantB, Roles.Applicant)),
        ("juror", () => RealPlatform.Token(RealPlatform.Juror, Roles.Juror)),
        ("pres", () => RealPlatform.Token(RealPlatform.President, Roles.PanelPresident)),
        ("staff", () => RealPlatform.Token(RealPlatform.Staff, Roles.ProgrammeStaff)),
        ("fin", () => RealPlatform.Token(RealPlatform.Finance, Roles.FinanceOfficer)),
        ("coach", () => RealPlatform.Token(RealPlatform.Coach, Roles.Coach)),
        ("min", () => RealPlatform.Token(RealPlatform.Ministry, Roles.MinistryPartner)),
    ];

    /// <summary>
    /// One representative call per route, run row by row and, within a row, caller by caller from left to right (a
    /// write that succeeds changes what the next callers see). {A}/{B}: the applicants' dossiers, {RefA}: A's
    /// reference, {P}: the call's id, {G}: A's grant, {Plan}/{M}: A's plan and its first milestone, {F}: a clean PDF of A's
    /// dossier ({file}: a PDF sent as multipart/form-data), {X}: an id nobody
    /// knows. 400 means the caller passed every access check and the service refused the request's content or state.
    /// </summary>
    private const string Table = """
        # none: no token, exp: expired token, aud: token for another audience, A and B: applicants of two teams, jur: juror,
        # pres: panel president, staf: programme staff, fin: finance officer, coa: coach, min: ministry partner (client).
        # route                                                                 none exp  aud  A    B    jur  pres staf fin  coa  min
        # Calls: the list and a page are any signed-in user's; writes are staff's.
        GET    /api/v1/programmes                                               401  401  401  200  200  200  200  200  200  200  200
        GET    /api/v1/programmes/CB21                                          401  401  401  200  200  200  200  200  200  200  200
        # Calls still drafted are staff's work in progress.
        GET    /api/v1/programmes/drafts                                        401  401  401  403  403  403  403  200  403  403  403
        # The laureates of a call's phase are public: anyone, with or without a token (issue 20).
        GET    /api/v1/programmes/CB21/laureates?phase=PHASE_EXPERIMENTATION    200  200  200  200  200  200  200  200  200  200  200
        GET    /api/v1/programmes/CB21/laureates                                400  400  400  400  400  400  400  400  400  400  400
        GET    /api/v1/programmes/ZZ99/laureates?phase=PHASE_INCUBATION         404  404  404  404  404  404  404  404  404  404  404
        POST   /api/v1/programmes                                               401  401  401  403  403  403  403  200  403  403  403  | {terms}
        POST   /api/v1/programmes/ZZ99/publish                                  401  401  401  403  403  403  403  404  403  403  403  | {}
        PUT    /api/v1/programmes/ZZ99/terms                                    401  401  401  403  403  403  403  404  403  403  403  | {terms}
        DELETE /api/v1/programmes/ZZ99                                          401  401  401  403  403  403  403  404  403  403  403
        POST   /api/v1/programmes/ZZ99/archive                                  401  401  401  403  403  403  403  404  403  403  403  | {}
        POST   /api/v1/programmes/ZZ99/retention                                401  401  401  403  403  403  403  404  403  403  403  | {"retentionMonths":36}
        POST   /api/v1/programmes/CB21/retention                                401  401  401  403  403  403  403  400  403  403  403  | {"retentionMonths":61}
        # Dossiers: a team reaches its own only (another team's is 404), a juror only what Jury assigned, staff all.
        POST   /api/v1/dossiers                                                 401  401  401  200  200  403  403  403  403  403  403  | {dossier}
        GET    /api/v1/dossiers/{A}                                             401  401  401  200  404  404  404  200  403  403  403
        GET    /api/v1/dossiers/{B}                                             401  401  401  404  200  404  404  200  403  403  403
        GET    /api/v1/dossiers/by-reference/{RefA}                             401  401  401  200  404  404  404  200  403  403  403
        GET    /api/v1/dossiers                                                 401  401  401  200  200  403  403  200  403  403  403
        GET    /api/v1/dossiers/counts/CB21                                     401  401  401  403  403  403  403  200  403  403  403
        GET    /api/v1/dossiers/drafts-due/CB21?days=7                          401  401  401  403  403  403  403  200  403  403  403
        GET    /api/v1/dossiers/exports/CB21                                    401  401  401  403  403  403  403  200  403  403  403
        GET    /api/v1/dossiers/exports/CB21?format=pdf                         401  401  401  403  403  403  403  400  403  403  403
        # Background exports: staff only at the door; a job nobody started, or another's, is not found; bad inputs are 400.
        POST   /api/v1/dossiers/exports/CB21/jobs                               401  401  401  403  403  403  403  200  403  403  403  | {"format":"xlsx"}
        POST   /api/v1/dossiers/exports/CB21/jobs                               401  401  401  403  403  403  403  400  403  403  403  | {"format":"pdf"}
        POST   /api/v1/dossiers/exports/ZZ99/jobs                               401  401  401  403  403  403  403  404  403  403  403  | {}
        GET    /api/v1/dossiers/export-jobs/{X}                                 401  401  401  403  403  403  403  404  403  403  403
        GET    /api/v1/dossiers/export-jobs/pas-un-identifiant                  401  401  401  403  403  403  403  400  403  403  403
        GET    /api/v1/dossiers/export-jobs/{X}/file                            401  401  401  403  403  403  403  404  403  403  403
        GET    /api/v1/dossiers/{A}/receipt                                     401  401  401  200  404  403  403  403  403  403  403
        GET    /api/v1/dossiers/{A}/decision-letters/Experimentation            401  401  401  200  404  403  403  403  403  403  403
        GET    /api/v1/dossiers/{A}/decision-letters/Incubation                 401  401  401  400  404  403  403  403  403  403  403
        PUT    /api/v1/dossiers/{B}/content                                     401  401  401  404  200  403  403  403  403  403  403  | {content}
        POST   /api/v1/dossiers/{B}/co-editors                                  401  401  401  404  200  403  403  403  403  403  403  | {"email":"claire.martin@ac-lyon.fr"}
        POST   /api/v1/dossiers/{B}/submit                                      401  401  401  404  200  403  403  403  403  403  403  | {}
        POST   /api/v1/dossiers/{B}/start-review                                401  401  401  403  403  403  403  200  403  403  403  | {}
        POST   /api/v1/dossiers/{X}/return-for-correction                       401  401  401  403  403  403  403  404  403  403  403  | {"reasons":["Le budget est incomplet."]}
        POST   /api/v1/dossiers/{B}/withdraw                                    401  401  401  404  200  403  403  403  403  403  403  | {"reason":"Nous renonçons."}
        # A person's erasure (RGPD art. 17): programme staff only; a person who holds no dossier gets an empty list.
        POST   /api/v1/submission/erasures                                      401  401  401  403  403  403  403  200  403  403  403  | {"userId":"personne-inconnue","email":"inconnue@example.fr"}
        POST   /api/v1/submission/erasures                                      401  401  401  403  403  403  403  400  403  403  403  | {"email":"inconnue@example.fr"}
        # Jury: jurors, presidents and staff only; set-up is staff's, decisions the president's, reviews the jurors'.
        POST   /api/v1/jury/panels                                              401  401  401  403  403  403  403  200  403  403  403  | {"programmeCode":"CB21","phase":"PHASE_EXPERIMENTATION"}
        POST   /api/v1/jury/panels/{X}/members                                  401  401  401  403  403  403  403  404  403  403  403  | {"userId":"jure-2","displayName":"Jurée","organisation":"DITP","kind":"MEMBER_KIND_EXPERT","role":"PANEL_ROLE_MEMBER"}
        GET    /api/v1/jury/panels/{X}                                          401  401  401  403  403  404  404  404  403  403  403
        PUT    /api/v1/jury/panels/{X}/grid                                     401  401  401  403  403  403  403  404  403  403  403  | {"defaultGrid":"DEFAULT_GRID_CO_CONSTRUCTION_2021"}
        GET    /api/v1/jury/panels/{X}/grid                                     401  401  401  403  403  404  404  404  403  403  403
        GET    /api/v1/jury/programmes/CB21/panels                              401  401  401  403  403  403  403  200  403  403  403
        POST   /api/v1/jury/panels/{X}/assignment-policy                        401  401  401  403  403  403  403  404  403  403  403  | {"reviewersPerDossier":2,"maxPerJuror":10}
        POST   /api/v1/jury/panels/{X}/assignments:batch                        401  401  401  403  403  403  403  404  403  403  403  | {}
        POST   /api/v1/jury/panels/{X}/assignments                              401  401  401  403  403  403  403  404  403  403  403  | {"dossierId":"{A}","jurorUserId":"jure-1"}
        POST   /api/v1/jury/panels/{X}/assignments:reassign                     401  401  401  403  403  403  403  404  403  403  403  | {"dossierId":"{A}","fromJurorUserId":"jure-1","toJurorUserId":"jure-2","reason":"Indisponible"}
        GET    /api/v1/jury/panels/{X}/assignments                              401  401  401  403  403  403  403  404  403  403  403
        GET    /api/v1/jury/me/assignments                                      401  401  401  403  403  200  200  403  403  403  403
        GET    /api/v1/jury/me/panels                                           401  401  401  403  403  200  200  403  403  403  403
        POST   /api/v1/jury/programmes/CB21/conflicts                           401  401  401  403  403  200  403  200  403  403  403  | {"jurorUserId":"jure-1","targetKind":"CONFLICT_TARGET_KIND_ORGANISATION","target":"Rectorat {X}","type":"CONFLICT_TYPE_COLLABORATOR","note":"Ancien poste"}
        GET    /api/v1/jury/programmes/CB21/conflicts                           401  401  401  403  403  200  200  200  403  403  403
        POST   /api/v1/jury/programmes/CB21/conflicts/overrides                 401  401  401  403  403  403  403  404  403  403  403  | {"jurorUserId":"jure-1","dossierId":"{X}","reason":"Lien ancien"}
        GET    /api/v1/jury/panels/{X}/ranking                                  401  401  401  403  403  404  404  404  403  403  403
        GET    /api/v1/jury/panels/{X}/ranking/export                           401  401  401  403  403  403  404  404  403  403  403
        GET    /api/v1/jury/programmes/CB21/instruction-agenda                  401  401  401  403  403  403  200  200  403  403  403
        POST   /api/v1/jury/panels/{X}/decisions                                401  401  401  403  403  403  404  403  403  403  403  | {"candidateDossierIds":["{A}"]}
        GET    /api/v1/jury/panels/{X}/decisions                                401  401  401  403  403  403  404  404  403  403  403
        POST   /api/v1/jury/decisions/{X}/selections                            401  401  401  403  403  403  404  403  403  403  403  | {"dossierId":"{A}","rationale":"Solide"}
        DELETE /api/v1/jury/decisions/{X}/selections/{A}                      401  401  401  403  403  403  404  403  403  403  403
        POST   /api/v1/jury/decisions/{X}:correct                               401  401  401  403  403  403  404  403  403  403  403  | {"reason":"Erreur de saisie"}
        POST   /api/v1/jury/decisions/{X}:release                               401  401  401  403  403  403  404  403  403  403  403  | {}
        GET    /api/v1/jury/decisions/{X}                                       401  401  401  403  403  403  404  404  403  403  403
        PUT    /api/v1/jury/panels/{X}/dossiers/{A}/review                      401  401  401  403  403  404  404  403  403  403  403  | {}
        POST   /api/v1/jury/panels/{X}/dossiers/{A}/review:submit               401  401  401  403  403  404  404  403  403  403  403  | {}
        POST   /api/v1/jury/reviews/{X}:reopen                                  401  401  401  403  403  403  404  403  403  403  403  | {"reason":"Note à revoir"}
        GET    /api/v1/jury/panels/{X}/dossiers/{A}/reviews                     401  401  401  403  403  404  404  404  403  403  403
        # Funding: finance decides, staff and partner ministries read the call's money, a laureate its own grant.
        GET    /api/v1/funding/programmes/{P}/envelope                          401  401  401  403  403  403  403  200  200  403  200
        GET    /api/v1/funding/programmes/{P}/grants                            401  401  401  403  403  403  403  200  200  403  200
        # A laureate lists its own grants: A its proposal, B an empty list, even naming A's dossier; staff, finance and
        # ministries pass the door but the service serves applicants only; a dossier id that is not one is 400.
        GET    /api/v1/funding/me/grants                                        401  401  401  200  200  403  403  403  403  403  403
        GET    /api/v1/funding/me/grants?dossierId={A}                          401  401  401  200  200  403  403  403  403  403  403
        GET    /api/v1/funding/me/grants?dossierId=pas-un-identifiant           401  401  401  400  400  403  403  403  403  403  403
        GET    /api/v1/funding/grants/{G}                                       401  401  401  200  404  403  403  200  200  403  200
        GET    /api/v1/funding/grants/{G}/expenses                              401  401  401  200  404  403  403  200  200  403  200
        # The grant notification (PDF): the lead and finance only, once committed ({G} is still a proposal: 400).
        GET    /api/v1/funding/grants/{G}/notification                          401  401  401  400  404  403  403  403  400  403  403
        POST   /api/v1/funding/grants/{G}/expenses                              401  401  401  400  404  403  403  403  403  403  403  | {"lines":[{"category":"EXPENSE_CATEGORY_COLLABORATIVE_DIGITAL_TOOLS","amountCents":"100000","provider":"Atelier","providerCountry":"FR","date":{"year":2026,"month":10,"day":1},"invoiceReference":"F-1"}]}
        POST   /api/v1/funding/grants/{X}/commit                                401  401  401  403  403  403  403  403  404  403  403  | {"reason":"Engagement"}
        POST   /api/v1/funding/grants/{X}/adjust                                401  401  401  403  403  403  403  403  404  403  403  | {"amountCents":"100000","reason":"Ajustement"}
        POST   /api/v1/funding/grants/{X}/cancel                                401  401  401  403  403  403  403  403  404  403  403  | {"reason":"Abandon"}
        POST   /api/v1/funding/grants/{X}/tranches/1/release                    401  401  401  403  403  403  403  403  404  403  403  | {}
        GET    /api/v1/funding/programmes/{P}/export                            401  401  401  403  403  403  403  403  200  403  403
        GET    /api/v1/funding/programmes/{P}/export?format=pdf                 401  401  401  403  403  403  403  403  400  403  403
        GET    /api/v1/funding/programmes/{P}/events                            401  401  401  403  403  403  403  403  200  403  200
        POST   /api/v1/funding/programmes/{X}/partners                          401  401  401  403  403  403  403  404  403  403  403  | {"partnerId":"ministere-2"}
        # Open data of grants (décret 2017-779): public, whatever the token; bad filters are 400, an unknown call 404.
        # Only GET is public: a write there reaches no route (signed in: 405; without a valid token: 401).
        GET    /api/v1/open-data/programmes/{P}/grants                          200  200  200  200  200  200  200  200  200  200  200
        GET    /api/v1/open-data/programmes/{P}/grants?format=json              200  200  200  200  200  200  200  200  200  200  200
        GET    /api/v1/open-data/programmes/{P}/grants?format=xlsx              400  400  400  400  400  400  400  400  400  400  400
        GET    /api/v1/open-data/programmes/CB21/grants                         400  400  400  400  400  400  400  400  400  400  400
        GET    /api/v1/open-data/programmes/{X}/grants                          404  404  404  404  404  404  404  404  404  404  404
        POST   /api/v1/open-data/programmes/{P}/grants                          401  401  401  405  405  405  405  405  405  405  405  | {}
        # Accompaniment: a laureate team its own plan, its coach the plans they coach, staff all.
        GET    /api/v1/accompaniment/plans/mine                                 401  401  401  200  200  403  403  403  403  403  403
        GET    /api/v1/accompaniment/plans/{Plan}                               401  401  401  200  404  403  403  200  403  200  403
        GET    /api/v1/accompaniment/coach/plans                                401  401  401  403  403  403  403  403  403  200  403
        GET    /api/v1/accompaniment/programmes/{P}/plans                       401  401  401  403  403  403  403  200  403  403  403
        GET    /api/v1/accompaniment/programmes/{P}/portfolio                   401  401  401  403  403  403  403  200  403  200  403
        GET    /api/v1/accompaniment/plans/{Plan}/check-ins                     401  401  401  200  404  403  403  200  403  200  403
        GET    /api/v1/accompaniment/plans/{Plan}/connections                   401  401  401  200  404  403  403  200  403  200  403
        POST   /api/v1/accompaniment/plans/{X}/coaches/reassign                 401  401  401  403  403  403  403  404  403  403  403  | {"fromCoachId":"coach-1","toCoachId":"coach-2"}
        POST   /api/v1/accompaniment/plans/{Plan}/milestones                    401  401  401  403  403  403  403  403  403  200  403  | {"title":"Atelier usagers","due":{"year":2027,"month":6,"day":1}}
        POST   /api/v1/accompaniment/plans/{Plan}/milestones/{M}/reschedule     401  401  401  403  403  403  403  403  403  200  403  | {"due":{"year":2027,"month":7,"day":1}}
        POST   /api/v1/accompaniment/plans/{Plan}/milestones/{M}/start          401  401  401  200  404  403  403  403  403  403  403  | {}
        POST   /api/v1/accompaniment/plans/{Plan}/milestones/{M}/evidence       401  401  401  200  404  403  403  403  403  403  403  | {"evidence":{"text":"Compte rendu de l'atelier"}}
        POST   /api/v1/accompaniment/plans/{Plan}/milestones/{M}/validate       401  401  401  403  403  403  403  403  403  200  403  | {}
        POST   /api/v1/accompaniment/plans/{Plan}/milestones/{X}/return         401  401  401  403  403  403  403  403  403  404  403  | {"comment":"Précisez"}
        POST   /api/v1/accompaniment/plans/{Plan}/milestones/{X}/waive          401  401  401  403  403  403  403  403  403  404  403  | {"reason":"Hors sujet"}
        POST   /api/v1/accompaniment/plans/{Plan}/check-ins                     401  401  401  200  404  403  403  403  403  403  403  | {"progress":"Bonne avancée","risks":"Aucun","helpNeeded":"Non"}
        PUT    /api/v1/accompaniment/programmes/{P}/coaches                     401  401  401  403  403  403  403  200  403  403  403  | {"coachIds":["coach-1"]}
        GET    /api/v1/accompaniment/programmes/{P}/coaches                     401  401  401  403  403  403  403  200  403  403  403
        GET    /api/v1/accompaniment/programmes/{P}/waiting-selections          401  401  401  403  403  403  403  200  403  403  403
        POST   /api/v1/accompaniment/sessions                                   401  401  401  403  403  403  403  200  403  200  403  | {"programmeId":"{P}","kind":"SESSION_KIND_INFO_WEBINAR","title":"Webinaire","description":"Présentation","start":"2027-01-10T09:00:00Z","end":"2027-01-10T10:00:00Z","capacity":20,"url":"https://visio.example/defis"}
        GET    /api/v1/accompaniment/sessions                                   401  401  401  200  200  200  200  200  200  200  200
        GET    /api/v1/accompaniment/sessions/{X}                               401  401  401  404  404  404  404  404  404  404  404
        GET    /api/v1/accompaniment/sessions/{X}/calendar.ics                  401  401  401  404  404  404  404  404  404  404  404
        POST   /api/v1/accompaniment/sessions/{X}/registrations                 401  401  401  404  404  404  404  404  404  404  404  | {}
        POST   /api/v1/accompaniment/sessions/{X}/registrations/cancel          401  401  401  404  404  404  404  404  404  404  404  | {}
        POST   /api/v1/accompaniment/sessions/{X}/capacity                      401  401  401  403  403  403  403  404  403  404  403  | {"capacity":10}
        GET    /api/v1/accompaniment/sessions/{X}/registrations                 401  401  401  403  403  403  403  404  403  404  403
        POST   /api/v1/accompaniment/sessions/{X}/attendance                    401  401  401  403  403  403  403  404  403  404  403  | {"userId":"porteur-a","attended":true}
        # Anyone signed in lists their own registrations (none here): the token says whose, whatever the role.
        GET    /api/v1/accompaniment/registrations/mine                         401  401  401  200  200  200  200  200  200  200  200
        GET    /api/v1/accompaniment/registrations/mine?includePast=true        401  401  401  200  200  200  200  200  200  200  200
        # Correspondence: a dossier's team and staff reach its files and thread (another team's dossier is 404), jurors only
        # the files of dossiers they are assigned to (none here), notes are staff's; the file routes are the gateway's own.
        GET    /api/v1/correspondence/dossiers/{A}/attachments                  401  401  401  200  404  404  404  200  403  403  403
        POST   /api/v1/correspondence/dossiers/{A}/attachments                  401  401  401  200  404  404  404  200  403  403  403  | {file}
        GET    /api/v1/correspondence/attachments/{F}                           401  401  401  200  404  404  404  200  403  403  403
        GET    /api/v1/correspondence/attachments/{F}/content                   401  401  401  200  404  404  404  200  403  403  403
        POST   /api/v1/correspondence/dossiers/{A}/messages                     401  401  401  200  404  404  404  200  403  403  403  | {"body":"Bonjour, une question sur le budget."}
        GET    /api/v1/correspondence/dossiers/{A}/messages                     401  401  401  200  404  404  404  200  403  403  403
        POST   /api/v1/correspondence/messages/{X}/read                         401  401  401  404  404  404  404  404  403  403  403  | {}
        PATCH  /api/v1/correspondence/messages/{X}                              401  401  401  404  404  404  404  404  403  403  403  | {"body":"Corrigé"}
        POST   /api/v1/correspondence/programmes/CB21/messages                  401  401  401  403  403  403  403  200  403  403  403  | {"body":"La date limite est repoussée.","requestId":"{X}"}
        POST   /api/v1/correspondence/programmes/ZZ99/messages                  401  401  401  403  403  403  403  404  403  403  403  | {"body":"Bonjour","requestId":"{X}"}
        POST   /api/v1/correspondence/dossiers/{A}/annotations                  401  401  401  404  404  404  404  200  403  403  403  | {"body":"Budget à vérifier."}
        GET    /api/v1/correspondence/dossiers/{A}/annotations                  401  401  401  404  404  404  404  200  403  403  403
        # Notification: everyone signed in has an inbox and preferences; webhooks are staff's and ministries'.
        GET    /api/v1/inbox                                                    401  401  401  200  200  200  200  200  200  200  200
        GET    /api/v1/inbox/unread-count                                       401  401  401  200  200  200  200  200  200  200  200
        POST   /api/v1/inbox/{X}/read                                           401  401  401  404  404  404  404  404  404  404  404  | {}
        POST   /api/v1/inbox/read-all                                           401  401  401  200  200  200  200  200  200  200  200  | {}
        GET    /api/v1/notifications/preferences                                401  401  401  200  200  200  200  200  200  200  200
        PUT    /api/v1/notifications/preferences/reminder                       401  401  401  200  200  200  200  200  200  200  200  | {"mode":"DELIVERY_MODE_DAILY_DIGEST"}
        GET    /api/v1/notifications/emails                                     401  401  401  200  200  200  200  200  200  200  200
        POST   /api/v1/notifications/webhooks                                   401  401  401  403  403  403  403  200  403  403  200  | {"url":"https://93.184.215.14/hooks","eventTypes":["GrantCommitted"],"secret":"0123456789abcdef0123456789abcdef"}
        GET    /api/v1/notifications/webhooks                                   401  401  401  403  403  403  403  200  403  403  200
        GET    /api/v1/notifications/webhooks/{X}                               401  401  401  403  403  403  403  404  403  403  404
        PATCH  /api/v1/notifications/webhooks/{X}                               401  401  401  403  403  403  403  404  403  403  404  | {"url":"https://93.184.215.14/hooks2","enabled":true}
        DELETE /api/v1/notifications/webhooks/{X}                               401  401  401  403  403  403  403  404  403  403  404
        GET    /api/v1/notifications/webhooks/{X}/deliveries                    401  401  401  403  403  403  403  404  403  403  404
        # Audit trails (issue 21): each service's own, programme staff only; bad filters are named, another service's trail
        # asked of this one is not there.
        GET    /api/v1/audit/submission/entries                                 401  401  401  403  403  403  403  200  403  403  403
        GET    /api/v1/audit/funding/entries?pageSize=900                       401  401  401  403  403  403  403  400  403  403  403
        GET    /api/v1/audit/jury/entries/export                                401  401  401  403  403  403  403  200  403  403  403
        GET    /api/v1/audit/accompaniment/verification                         401  401  401  403  403  403  403  200  403  403  403
        GET    /api/v1/audit/correspondence/verification                        401  401  401  403  403  403  403  200  403  403  403
        GET    /api/v1/audit/notification/entries                               401  401  401  403  403  403  403  200  403  403  403
        # A person's data (issue 21): every signed-in caller gets their own part of each service, whatever their role;
        # the token names whom, so there is no one else's to ask for. A name no service answers to has no route.
        GET    /api/v1/me/data/submission                                       401  401  401  200  200  200  200  200  200  200  200
        GET    /api/v1/me/data/notification                                     401  401  401  200  200  200  200  200  200  200  200
        GET    /api/v1/me/data/jury                                             401  401  401  200  200  200  200  200  200  200  200
        GET    /api/v1/me/data/correspondence                                   401  401  401  200  200  200  200  200  200  200  200
        GET    /api/v1/me/data/accompaniment                                    401  401  401  200  200  200  200  200  200  200  200
        GET    /api/v1/me/data/funding                                          401  401  401  200  200  200  200  200  200  200  200
        GET    /api/v1/me/data/identity                                         401  401  401  404  404  404  404  404  404  404  404
        """;

    [Fact]
    public async Task Every_route_answers_every_caller_as_the_table_says()
    {
        var mismatches = new List<string>();
        var observed = new StringBuilder();
        foreach (var row in MatrixRow.Parse(Table))
        {
            var answers = new List<(int Status, string Body)>();
            foreach (var (_, token) in Callers)
            {
                answers.Add(await SendAsync(row, token()));
            }
            var statuses = answers.Select(a => a.Status).ToList();
            observed.AppendLine(row.Describe(statuses));
            if (!statuses.SequenceEqual(row.Expected))
            {
                // The differing cells' answers say why (the services' French problem details).
                var why = Enumerable.Range(0, Callers.Length).Where(i => statuses[i] != row.Expected[i])
                    .Select(i => $"      {Callers[i].Name}: {answers[i].Body[..Math.Min(300, answers[i].Body.Length)]}");
                mismatches.Add($"{row.Describe(statuses)}\n{string.Join('\n', why)}");
            }
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} routes differ from the table (observed):\n{string.Join('\n', mismatches)}\n\nall:\n{observed}");
    }

    [Fact]
    public void The_table_has_a_row_for_every_route_of_the_contracts()
    {
        var rows = MatrixRow.Parse(Table).ToList();
        var routes = Defis.Gateway.OpenApi.RestSurfaceDocument.Build()["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(verb => (Method: verb.Key.ToUpperInvariant(), Template: path.Key)));

        var missing = routes.Where(route => !rows.Any(row => row.Method == route.Method && row.Covers(route.Template))).ToList();

        Assert.True(missing.Count == 0, $"routes without a row: {string.Join(", ", missing)}");
    }

    private async Task<(int Status, string Body)> SendAsync(MatrixRow row, string? token)
    {
        using var client = platform.Client(token);
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), Fill(row.Path));
        if (row.Body == "{file}")
        {
            request.Content = new MultipartFormDataContent { { new ByteArrayContent(RealPlatform.FileContent), "file", "annexe.pdf" } };
        }
        else if (row.Body is { } body)
        {
            request.Content = new StringContent(Fill(body), Encoding.UTF8, "application/json");
        }
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private string Fill(string template) => template
        .Replace("{A}", platform.DossierA, StringComparison.Ordinal)
        .Replace("{B}", platform.DossierB, StringComparison.Ordinal)
        .Replace("{RefA}", platform.ReferenceA, StringComparison.Ordinal)
        .Replace("{P}", $"{platform.ProgrammeId}", StringComparison.Ordinal)
        .Replace("{G}", platform.GrantA, StringComparison.Ordinal)
        .Replace("{Plan}", platform.PlanA, StringComparison.Ordinal)
        .Replace("{M}", platform.MilestoneA, StringComparison.Ordinal)
        .Replace("{F}", platform.FileA, StringComparison.Ordinal)
        .Replace("{X}", $"{Guid.CreateVersion7()}", StringComparison.Ordinal)
        .Replace("{terms}", MatrixBodies.Terms, StringComparison.Ordinal)
        .Replace("{dossier}", MatrixBodies.Dossier, StringComparison.Ordinal)
        .Replace("{content}", MatrixBodies.Content, StringComparison.Ordinal);
}
