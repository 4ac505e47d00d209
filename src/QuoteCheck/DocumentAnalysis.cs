using QuoteCheck.Claims;
using QuoteCheck.Quotes;
using QuoteCheck.Text;

namespace QuoteCheck;

/// <summary>
/// Everything QuoteCheck found in one document: its layout, quotes, speakers and claims.
/// </summary>
/// <remarks>Immutable and safe to share across threads. Every span indexes <see cref="SourceDocument.Text"/>.</remarks>
public sealed class DocumentAnalysis
{
    internal DocumentAnalysis(
        SourceDocument document,
        DocumentLayout layout,
        IReadOnlyList<Quote> quotes,
        IReadOnlyList<Speaker> speakers,
        IReadOnlyList<Claim> claims,
        IReadOnlyList<Diagnostic> diagnostics)
    {
        Document = document;
        Layout = layout;
        Quotes = quotes;
        Speakers = speakers;
        Claims = claims;
        Diagnostics = diagnostics;
    }

    /// <summary>
    /// Builds an analysis from quotes and claims found elsewhere (hand annotations, another tool), so that
    /// <see cref="QuoteChecker.CrossCheck"/> can line them up with the others.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="quotes">Its quotes; spans index <see cref="SourceDocument.Text"/>. Sorted into text order.</param>
    /// <param name="claims">Its claims; spans index <see cref="SourceDocument.Text"/>. Sorted into text order.</param>
    /// <returns>The analysis; its speakers are the quotes' speakers, each once, in order of first quote.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A span lies outside the document's text.</exception>
    public static DocumentAnalysis Create(SourceDocument document, IEnumerable<Quote>? quotes = null, IEnumerable<Claim>? claims = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        Quote[] quoteList = [.. (quotes ?? []).OrderBy(static q => q.Span.Start)];
        Claim[] claimList = [.. (claims ?? []).OrderBy(static c => c.Span.Start)];
        foreach (TextSpan span in quoteList.Select(static q => q.Span).Concat(claimList.Select(static c => c.Span)))
        {
            if (span.End > document.Text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(quotes), $"The span {span.Start}..{span.End} lies outside the text of '{document.Id}'.");
            }
        }

        Speaker[] speakers = [.. quoteList.Select(static q => q.Speaker).OfType<Speaker>().Distinct()];
        return new DocumentAnalysis(document, DocumentLayout.Of(document), quoteList, speakers, claimList, []);
    }

    /// <summary>The document analysed.</summary>
    public SourceDocument Document { get; }

    /// <summary>Its paragraphs and sentences.</summary>
    public DocumentLayout Layout { get; }

    /// <summary>The quotes, in text order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>The speakers of the quotes, each once, in order of first mention.</summary>
    public IReadOnlyList<Speaker> Speakers { get; }

    /// <summary>The claims, in text order.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Notes about odd input that was handled.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
