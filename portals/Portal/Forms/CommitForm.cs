using Defis.Contracts.Funding.V1;

namespace Defis.Portal.Forms;

/// <summary>
/// Finance commits a proposed grant with its payment schedule: up to <see cref="MaxLines"/> tranche lines, each a share
/// typed in percent and what triggers its payment (a milestone's title for a milestone tranche). Lines left wholly
/// empty are not sent, so the platform's n-th schedule entry is the n-th line filled in, not the n-th line shown: the
/// refusal is mapped back through <see cref="SentLines"/>. No line at all commits the whole grant at commitment (the
/// platform's default).
/// </summary>
public sealed class CommitForm
{
    public const string FormId = "formulaire-engagement";

    public const int MaxLines = 4;

    /// <summary>Not positive: the platform refuses it whatever else the request says (see <see cref="ToRequest"/>).</summary>
    internal const int StandIn = 0;

    private const string SchedulePath = "schedule";

    public List<TrancheLine> Lines { get; set; } = [];

    public sealed class TrancheLine
    {
        public string? Share { get; set; }

        public TrancheTrigger Trigger { get; set; }

        public string? Milestone { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Share) && Trigger == TrancheTrigger.Unspecified && string.IsNullOrWhiteSpace(Milestone);
    }

    /// <summary>The form as the page draws it: always <see cref="MaxLines"/> lines, the typed ones first as typed.</summary>
    public IReadOnlyList<TrancheLine> Shown => [.. Lines.Take(MaxLines), .. Enumerable.Range(0, Math.Max(0, MaxLines - Lines.Count)).Select(_ => new TrancheLine())];

    /// <summary>The form's line of each schedule entry sent, in order (line numbers from 0).</summary>
    public IReadOnlyList<int> SentLines => [.. Lines.Take(MaxLines).Select((line, i) => (line, i)).Where(l => !l.line.IsBlank).Select(l => l.i)];

    public static string ShareInput(int line) => $"Form_Part_{line}";

    public static string TriggerInput(int line) => $"Form_Declenchement_{line}";

    public static string MilestoneInput(int line) => $"Form_Jalon_{line}";

    public static string ShareLabel(int line) => $"Part de la tranche {line + 1}";

    public static string TriggerLabel(int line) => $"Versement de la tranche {line + 1}";

    public static string MilestoneLabel(int line) => $"Jalon de la tranche {line + 1}";

    /// <summary>
    /// The inputs of the lines sent, each with the platform's path it edits: schedule entry k is form line
    /// <paramref name="sentLines"/>[k]. The schedule itself (its count, its total) lands on the first share sent.
    /// </summary>
    public static IReadOnlyList<FormField> Fields(IReadOnlyList<int> sentLines) =>
    [
        .. sentLines.SelectMany((line, k) => new FormField[]
        {
            new(ShareInput(line), $"{SchedulePath}[{k}].shareBasisPoints", ShareLabel(line)),
            new(TriggerInput(line), $"{SchedulePath}[{k}].trigger", TriggerLabel(line)),
            new(MilestoneInput(line), $"{SchedulePath}[{k}].milestone", MilestoneLabel(line)),
        }),
    ];

    /// <summary>
    /// The request, with the form's own problems (a share that is not a percentage) in <paramref name="errors"/>; such a
    /// line carries <see cref="StandIn"/> instead, which the platform is sure to refuse: it still names the other bad
    /// fields, so finance hears of every problem at once, and nothing is committed. A blank share of a line otherwise
    /// filled is sent as 0: that a tranche needs a positive share is the platform's to say.
    /// </summary>
    public CommitGrantRequest ToRequest(string grantId, FormErrors errors)
    {
        var request = new CommitGrantRequest { GrantId = grantId };
        foreach (var line in SentLines)
        {
            var typed = Lines[line];
            var share = SharePercent.Read(typed.Share);
            if (share.Problem is { } problem)
            {
                errors.Add(ShareInput(line), ShareLabel(line), problem);
            }
            request.Schedule.Add(new TrancheTerm
            {
                ShareBasisPoints = share.BasisPoints ?? StandIn,
                Trigger = typed.Trigger,
                Milestone = typed.Trigger == TrancheTrigger.Milestone ? typed.Milestone?.Trim() ?? "" : "",
            });
        }
        return request;
    }

    /// <summary>
    /// A refusal's body as the form's errors, after the form's own. What the platform says of a stand-in share, and of
    /// the schedule's total while a share could not be read, is left out: the form's own word on what was typed stands
    /// alone there, and the total is said again once every share is read.
    /// </summary>
    public static FormErrors Refusal(string? body, IReadOnlyList<int> sentLines, FormErrors local)
    {
        var fields = Fields(sentLines);
        var problems = FieldProblem.Read(body);
        if (problems.Count == 0)
        {
            return FormErrors.FromRefusal(body, fields, FormId, local);
        }
        var standIns = fields.Where(f => local.Has(f.Input)).Select(f => f.Path).ToHashSet();
        var kept = problems.Where(p => !standIns.Contains(p.Field) && !(standIns.Count > 0 && p.Field == SchedulePath));
        return FormErrors.Map(kept, fields, FormId, FormErrors.FormLabel, local);
    }
}
