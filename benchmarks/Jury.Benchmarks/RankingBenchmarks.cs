using BenchmarkDotNet.Attributes;
using Defis.Jury.Domain;

namespace Defis.Jury.Benchmarks;

/// <summary>
/// Ranking one phase: 10,000 dossiers × 5 submitted reviews × 6 criteria on mixed weights and
/// scales, from the review aggregates to the ranked rows (exact totals, mean, median, deviation,
/// disagreement, per-juror z-scores, raw and normalised positions). Baseline: one plain pass that
/// adds up every score of every review, the least any ranking must read.
/// </summary>
[MemoryDiagnoser]
public class RankingBenchmarks
{
    public const int DossierCount = 10_000;
    public const int ReviewsPerDossier = 5;
    public const int Jurors = 60;

    private static readonly Criterion[] Criteria =
    [
        new("impact", "Impact", 3, 5, false),
        new("diagnostic", "Diagnostic", 2, 5, false),
        new("equipe", "Équipe", 2, 3, false),
        new("terrain", "Terrain", 1, 4, false),
        new("co_construction", "Co-construction", 1, 10, false),
        new("ecologie_social", "Enjeux écologiques et sociaux", 1, 5, false),
    ];

    private DossierProfile[] _dossiers = [];
    private Review[] _reviews = [];
    private EvaluationGrid _grid = null!;
    private IReadOnlyDictionary<Guid, int> _expected = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var panel = Fixture.Panel(Jurors);
        _grid = EvaluationGrid.Create(Fixture.Programme, Phase.Incubation, Criteria, Fixture.Staff, Fixture.Now);
        _dossiers = Fixture.Dossiers(DossierCount, random);
        var book = PanelAssignments.Open(panel, new AssignmentPolicy(ReviewsPerDossier, DossierCount), Fixture.Staff, Fixture.Now);
        var proposals = _dossiers
            .SelectMany((d, i) => Enumerable.Range(0, ReviewsPerDossier).Select(k => new ProposedAssignment(d.Id, d.Reference, $"juror-{(i * ReviewsPerDossier + k) % Jurors:000}")))
            .ToArray();
        book.Apply(new AssignmentPlan(book.Revision, proposals, [], new Dictionary<string, int>()), Fixture.Staff, Fixture.Now);
        _expected = book.ExpectedReviews();
        _reviews = proposals.Select(p =>
        {
            var review = Review.Start(p.DossierId, p.JurorUserId, _grid, book, Fixture.Now);
            var scores = Criteria.Select(c => new ScoreInput(c.Code, random.Next(c.ScaleMax + 1))).ToArray();
            review.Submit(new ReviewInput(scores, OverallOpinion.Favourable, ConfidenceLevel.Medium), _grid, book, Fixture.Now);
            return review;
        }).ToArray();
    }

    [Benchmark(Baseline = true)]
    public long SumAllScores()
    {
        long sum = 0;
        foreach (var review in _reviews)
        {
            var scores = review.Scores;
            for (var i = 0; i < scores.Count; i++)
            {
                sum += scores[i].Value ?? 0;
            }
        }
        return sum;
    }

    [Benchmark]
    public PhaseRanking RankPhase() => PhaseRanker.Rank(Fixture.Programme, Phase.Incubation, _dossiers, _reviews, [_grid], _expected);
}
