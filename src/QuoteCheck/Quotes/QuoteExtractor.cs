using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// Finds the quotes of a document and attributes them to speakers. Built once per pipeline;
/// immutable and safe to use from many threads.
/// </summary>
internal sealed class QuoteExtractor
{
    public QuoteExtractor(IReadOnlyList<string> extraCueVerbs)
    {
        ExtraCueVerbs = extraCueVerbs;
    }

    public IReadOnlyList<string> ExtraCueVerbs { get; }

    public QuoteExtraction Extract(SourceDocument document, DocumentLayout layout, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        _ = document;
        _ = layout;
        _ = diagnostics;
        cancellationToken.ThrowIfCancellationRequested();
        return new QuoteExtraction([], []);
    }
}

/// <summary>The quotes and speakers of one document.</summary>
internal sealed record QuoteExtraction(IReadOnlyList<Quote> Quotes, IReadOnlyList<Speaker> Speakers);
