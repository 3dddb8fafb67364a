using System.Globalization;
using Defis.Contracts.Submission.V1;
using Defis.SharedKernel.Time;
using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;
using ProtoDate = Google.Type.Date;

namespace Defis.Portal.Forms;

public sealed partial class CallForm
{
    /// <summary>
    /// The form filled with a draft's terms, each value as its input holds it (a day « 2027-03-01 », a Paris time
    /// « 09:00 », euros « 120000,50 »), so that saved untouched it sends the same terms. Zero grants and a zero allowance
    /// are left blank, as staff leave them when drafting.
    /// </summary>
    public static CallForm From(ProgrammeTerms terms)
    {
        var (opensDate, opensTime) = Inputs(terms.OpensAt);
        var (closesDate, closesTime) = Inputs(terms.ClosesAt);
        return new CallForm
        {
            Code = terms.Code,
            Title = terms.Title,
            Description = terms.Description,
            OpensDate = opensDate,
            OpensTime = opensTime,
            ClosesDate = closesDate,
            ClosesTime = closesTime,
            Phases = [.. FormPhases.Select(phase => LineOf(phase, terms))],
            ApplicationPhase = terms.ApplicationPhase == Phase.Unspecified ? null : terms.ApplicationPhase.ToString(),
            Envelope = EuroAmount.Typed(terms.EnvelopeCents),
            Themes = string.Join('\n', terms.Themes),
            LeadTypes = [.. terms.AllowedLeadTypes.Select(t => t.ToString())],
            Maturities = [.. terms.MaturityLevels.Select(m => m.ToString())],
            Expenses = [.. terms.EligibleExpenses.Select(e => e.ToString())],
            Sections = [.. terms.RequiredSections.Select(s => s.ToString())],
            EuropeanProvidersOnly = terms.EuropeanProvidersOnly,
            DecisionDueDays = terms.HasDecisionDueDays ? Number(terms.DecisionDueDays) : null,
            MinSelfFinancing = terms.HasMinSelfFinancingPercent ? Number(terms.MinSelfFinancingPercent) : null,
            CollectiveAllowance = terms.CollectiveAllowancePercent == 0 ? null : Number(terms.CollectiveAllowancePercent),
            RetentionMonths = terms.HasRetentionMonths ? Number(terms.RetentionMonths) : null,
        };
    }

    private static PhaseLine LineOf(Phase phase, ProgrammeTerms terms) =>
        terms.Phases.FirstOrDefault(p => p.Phase == phase) is { } taken
            ? new PhaseLine
            {
                Phase = phase,
                Included = true,
                StartsOn = Day(taken.StartsOn),
                EndsOn = Day(taken.EndsOn),
                MinGrant = taken.MinGrantCents == 0 ? null : EuroAmount.Typed(taken.MinGrantCents),
                MaxGrant = taken.MaxGrantCents == 0 ? null : EuroAmount.Typed(taken.MaxGrantCents),
            }
            : new PhaseLine { Phase = phase, Included = false };

    /// <summary>The Paris day and time of an instant; seconds only when it has some, so that none is lost.</summary>
    private static (string? Date, string? Time) Inputs(Timestamp? instant)
    {
        if (instant is null)
        {
            return (null, null);
        }
        var paris = ParisTime.ToParis(instant.ToDateTimeOffset());
        return (paris.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), paris.ToString(paris.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture));
    }

    private static string? Day(ProtoDate? day) => day is null || day.Year == 0 ? null : $"{day.Year:0000}-{day.Month:00}-{day.Day:00}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
