using QuoteCheck.Text;

namespace QuoteCheck.CrossCheck;

/// <summary>One side of a finding: the words a document gives and where they lie.</summary>
/// <remarks>
/// <c>document.Text.Substring(Span.Start, Span.Length)</c> equals <see cref="Text"/>, where
/// <c>document</c> is the report's document with id <see cref="DocumentId"/>. Immutable.
/// </remarks>
/// <param name="DocumentId">The id of the document.</param>
/// <param name="Text">The words as written.</param>
/// <param name="Span">Where the words lie in the document's text.</param>
/// <param name="Reading">How QuoteCheck read them, for people (<c>2018-11-01..2018-11-30</c>, <c>Josep Borrell</c>), or null.</param>
public sealed record Evidence(string DocumentId, string Text, TextSpan Span, string? Reading = null);
