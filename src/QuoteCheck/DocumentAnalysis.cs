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
