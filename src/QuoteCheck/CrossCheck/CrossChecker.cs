using QuoteCheck.Reporting;

namespace QuoteCheck.CrossCheck;

/// <summary>Lines up quotes and claims across documents and finds the conflicts. Immutable.</summary>
internal sealed class CrossChecker
{
    public CrossCheckReport Check(IReadOnlyList<DocumentAnalysis> documents, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new CrossCheckReport(documents);
    }
}
