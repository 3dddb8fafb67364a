using Defis.Testing;

[assembly: AssemblyFixture(typeof(PlatformInfrastructure))]
