using QuoteCheck.Invariants;

namespace QuoteCheck.Tests.Reliability;

/// <summary>What must hold for any analysis of any text: spans inside the text, texts equal to their spans (tests/Shared/SpanInvariants.cs).</summary>
internal static class InvariantChecks
{
    public static void AssertSpansAreFaithful(DocumentAnalysis analysis) =>
        Assert.That(SpanInvariants.Violations(analysis), Is.Empty, "spans inside the text, and each quote's and claim's text equal to its span");
}
