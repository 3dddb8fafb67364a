[assembly: AssemblyFixture(typeof(Defis.Deployment.Tests.Rendering.PlatformDeployment))]
