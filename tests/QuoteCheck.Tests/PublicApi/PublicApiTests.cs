using PublicApiGenerator;
using QuoteCheck.Tests.Support;

namespace QuoteCheck.Tests.PublicApi;

/// <summary>The public API of both packages, snapshotted so that every change shows up in review.</summary>
public class PublicApiTests
{
    private static readonly ApiGeneratorOptions Options = new() { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] };

    [Test]
    public void TheLibrarysPublicApiIsApproved() =>
        Approvals.Verify(typeof(QuoteChecker).Assembly.GeneratePublicApi(Options), "QuoteCheck.approved.txt");

    [Test]
    public void TheTestingPackagesPublicApiIsApproved() =>
        Approvals.Verify(typeof(QuoteCheck.Testing.Yields).Assembly.GeneratePublicApi(Options), "QuoteCheck.Testing.approved.txt");
}
