namespace Defis.Submission.Domain;

public static class ProgrammeLimits
{
    public const int Title = 200;
    public const int Description = 4000;
    public const int Theme = 120;
    public const int Themes = 20;
    public const int DecisionDueDays = 365;
    public const long EnvelopeCents = 100_000_000_000_000; // one thousand million euros: far above any call
}
