using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

public sealed class DemoCallsTests
{
    public static TheoryData<string> Codes => new(ReferenceProgrammes.All.Select(t => t.Code));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_demo_dossier_is_complete_and_eligible_for_its_call(string code)
    {
        var terms = ReferenceProgrammes.All.Single(t => t.Code == code);
        var demos = DemoCalls.For(code);

        Assert.True(demos.Count >= 6);
        Assert.All(demos, demo =>
        {
            var content = demo.ToContent(terms, DateOnly.FromDateTime(terms.OpensAt.Date));
            var errors = SubmissionCheck.Check(terms, content);
            Assert.False(errors.Any, $"{demo.Title}: {string.Join("; ", errors.Items.Select(e => $"{e.Field} {e.Description}"))}");
        });
        Assert.Equal(demos.Count, demos.Select(d => d.Title).Distinct().Count());
    }
}
