using System.Net;
using Defis.Contracts.Events;
using Defis.Contracts.Funding.V1;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Google.Rpc;
using Grpc.Core;
using ContractTerm = Defis.Contracts.Funding.V1.TrancheTerm;
using ContractTrigger = Defis.Contracts.Funding.V1.TrancheTrigger;

namespace Defis.Funding.IntegrationTests;

/// <summary>Bad input is answered precisely: every bad field by its proto path, unknown grants as NOT_FOUND, rules as FAILED_PRECONDITION.</summary>
public sealed class BadInputTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly string UnknownGrant = Guid.CreateVersion7().ToString();
    private readonly FundingPlatform _platform = new(infrastructure);

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    public static TheoryData<string, string[]> BadRequests => new()
    {
        { "commit: malformed grant id", ["grant_id"] },
        { "commit: negative amount", ["amount_cents"] },
        { "commit: zero amount without reason", ["amount_cents", "reason"] },
        { "commit: shares not summing to 100 %", ["schedule"] },
        { "commit: milestone tranche without milestone, unknown trigger", ["schedule[1].milestone", "schedule[2].trigger"] },
        { "commit: budget negative and unspecified category", ["category_budgets[0].budget_cents", "category_budgets[0].category"] },
        { "adjust: zero amount, blank reason", ["amount_cents", "reason"] },
        { "release: tranche 0", ["tranche_number"] },
        { "expenses: no lines", ["lines"] },
        { "expenses: bad lines", ["lines[0].amount_cents", "lines[0].date", "lines[1].provider_country", "lines[1].invoice_reference", "lines[1].category"] },
        { "expenses: overflowing and future", ["lines[0].amount_cents", "lines[1].date"] },
        { "replay: negative sequence, huge page", ["after_sequence", "page_size"] },
        { "my grants: malformed dossier id", ["dossier_id"] },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Grpc_names_every_bad_field(string request, string[] fields)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Send(request));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var badRequest = error.GetRpcStatus()!.GetDetail<BadRequest>();
        Assert.Equal(fields.Order(), badRequest.FieldViolations.Select(v => v.Field).Order());
        Assert.All(badRequest.FieldViolations, v => Assert.False(string.IsNullOrWhiteSpace(v.Description)));
    }

    [Fact]
    public async Task Rules_refuse_with_every_reason_an_unknown_grant_is_not_found_and_rest_says_the_same()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var programmeId = await _platform.OpenProgrammeAsync(150_000_000);
        var dossierId = Guid.CreateVersion7();
        var grantId = await _platform.ProposedGrantAsync(programmeId, dossierId, "Incubation");
        var refused = await Assert.ThrowsAsync<RpcException>(() => _platform.Officer.CommitGrantAsync(
            new CommitGrantRequest { GrantId = grantId.ToString(), AmountCents = long.MaxValue, Reason = "Erreur de saisie" }, cancellationToken: cancellation).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => _platform.Officer.GetGrantAsync(new GetGrantRequest { GrantId = UnknownGrant }, cancellationToken: cancellation).ResponseAsync);
        using var rest = await _platform.Host.Http(TestTokens.For("officer-1", Roles.FinanceOfficer))
            .PostAsync($"/api/v1/funding/grants/{grantId}/adjust", new StringContent("""{"amountCents": -5, "reason": ""}""", System.Text.Encoding.UTF8, "application/json"), cancellation);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        // Every reason at once; an overflowing amount is out of range and beyond the envelope, never an arithmetic crash.
        Assert.Equal(["AMOUNT_RANGE", "ENVELOPE"], refused.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations.Select(v => v.Type).Order());
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, rest.StatusCode);

        // A correction takes the selection back: the proposal is withdrawn and can no longer be committed.
        await _platform.DeliverAsync(new DossierNotSelected(dossierId, programmeId, "CB21", "CB21-0001", "Incubation", Guid.CreateVersion7(), "jury-president",
            DecisionRevision: 2) { OccurredAt = FundingPlatform.Published.AddMonths(3) });
        var withdrawn = await Assert.ThrowsAsync<RpcException>(() => _platform.Officer.CommitGrantAsync(
            new CommitGrantRequest { GrantId = grantId.ToString() }, cancellationToken: cancellation).ResponseAsync);
        Assert.Equal("GRANT_STATE", Assert.Single(withdrawn.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations).Type);
    }

    private Task Send(string request)
    {
        var officer = _platform.Officer;
        var laureate = _platform.Client(TestTokens.For("agent-lyon", Roles.Applicant));
        var cancellation = TestContext.Current.CancellationToken;
        return request switch
        {
            "commit: malformed grant id" => officer.CommitGrantAsync(new CommitGrantRequest { GrantId = "dotation-42" }, cancellationToken: cancellation).ResponseAsync,
            "commit: negative amount" => officer.CommitGrantAsync(new CommitGrantRequest { GrantId = UnknownGrant, AmountCents = -100, Reason = "Ajustement" }, cancellationToken: cancellation).ResponseAsync,
            "commit: zero amount without reason" => officer.CommitGrantAsync(new CommitGrantRequest { GrantId = UnknownGrant, AmountCents = 0 }, cancellationToken: cancellation).ResponseAsync,
            "commit: shares not summing to 100 %" => officer.CommitGrantAsync(Schedule(Term(6_000, ContractTrigger.AtCommitment), Term(3_000, ContractTrigger.Manual)), cancellationToken: cancellation).ResponseAsync,
            "commit: milestone tranche without milestone, unknown trigger" => officer.CommitGrantAsync(
                Schedule(Term(5_000, ContractTrigger.AtCommitment), Term(3_000, ContractTrigger.Milestone), Term(2_000, (ContractTrigger)42)), cancellationToken: cancellation).ResponseAsync,
            "commit: budget negative and unspecified category" => officer.CommitGrantAsync(new CommitGrantRequest
            {
                GrantId = UnknownGrant,
                CategoryBudgets = { new CategoryBudget { Category = Contracts.Funding.V1.ExpenseCategory.Unspecified, BudgetCents = -1 } },
            }, cancellationToken: cancellation).ResponseAsync,
            "adjust: zero amount, blank reason" => officer.AdjustGrantAsync(new AdjustGrantRequest { GrantId = UnknownGrant, Reason = "  " }, cancellationToken: cancellation).ResponseAsync,
            "release: tranche 0" => officer.ReleaseTrancheAsync(new ReleaseTrancheRequest { GrantId = UnknownGrant }, cancellationToken: cancellation).ResponseAsync,
            "expenses: no lines" => laureate.DeclareExpensesAsync(new DeclareExpensesRequest { GrantId = UnknownGrant }, cancellationToken: cancellation).ResponseAsync,
            "expenses: bad lines" => laureate.DeclareExpensesAsync(Expenses(
                Line(l => { l.AmountCents = -1_000; l.Date = null; }),
                Line(l => { l.ProviderCountry = "fr"; l.InvoiceReference = ""; l.Category = Contracts.Funding.V1.ExpenseCategory.Unspecified; })), cancellationToken: cancellation).ResponseAsync,
            "expenses: overflowing and future" => laureate.DeclareExpensesAsync(Expenses(
                Line(l => l.AmountCents = long.MinValue),
                Line(l => l.Date = new Google.Type.Date { Year = 2999, Month = 1, Day = 1 })), cancellationToken: cancellation).ResponseAsync,
            "replay: negative sequence, huge page" => officer.ListFundingEventsAsync(
                new ListFundingEventsRequest { ProgrammeId = Guid.CreateVersion7().ToString(), AfterSequence = -1, PageSize = 100_000 }, cancellationToken: cancellation).ResponseAsync,
            "my grants: malformed dossier id" => laureate.ListMyGrantsAsync(new ListMyGrantsRequest { DossierId = "CB21-0001" }, cancellationToken: cancellation).ResponseAsync,
            _ => throw new ArgumentOutOfRangeException(nameof(request), request, null),
        };
    }

    private static CommitGrantRequest Schedule(params ContractTerm[] terms) => new() { GrantId = UnknownGrant, Schedule = { terms } };

    private static ContractTerm Term(int share, ContractTrigger trigger) => new() { ShareBasisPoints = share, Trigger = trigger };

    private static DeclareExpensesRequest Expenses(params Contracts.Funding.V1.ExpenseLine[] lines) => new() { GrantId = UnknownGrant, Lines = { lines } };

    private static Contracts.Funding.V1.ExpenseLine Line(Action<Contracts.Funding.V1.ExpenseLine> change)
    {
        var line = new Contracts.Funding.V1.ExpenseLine
        {
            Category = Contracts.Funding.V1.ExpenseCategory.Facilitation,
            AmountCents = 50_000,
            Provider = "Atelier Coop",
            ProviderCountry = "FR",
            Date = new Google.Type.Date { Year = 2022, Month = 4, Day = 12 },
            InvoiceReference = "F-1",
        };
        change(line);
        return line;
    }
}
