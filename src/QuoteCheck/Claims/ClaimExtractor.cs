using QuoteCheck.Claims.Values;
using QuoteCheck.Quotes;
using QuoteCheck.Text;

namespace QuoteCheck.Claims;

/// <summary>Turns recognised values into claims by applying the pipeline's claim rules. Immutable.</summary>
internal sealed class ClaimExtractor
{
    public IReadOnlyList<Claim> Extract(
        SourceDocument document,
        DocumentLayout layout,
        IReadOnlyList<RecognizedValue> values,
        IReadOnlyList<Quote> quotes,
        CancellationToken cancellationToken)
    {
        _ = document;
        _ = layout;
        _ = values;
        _ = quotes;
        cancellationToken.ThrowIfCancellationRequested();
        return [];
    }
}
