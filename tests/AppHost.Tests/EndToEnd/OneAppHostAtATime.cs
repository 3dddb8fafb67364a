// Every test of this project starts a whole platform (PostgreSQL, RabbitMQ, Redis, seven .NET processes): two at
// once on a 2-core machine starve each other into timeouts, so the project's tests run one after the other.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]
