namespace QuoteCheck.Text;

/// <summary>A sentence of a document: its span and the paragraph it belongs to.</summary>
/// <remarks>Immutable. The span indexes the document's original text and excludes surrounding white space.</remarks>
/// <param name="Span">Where the sentence lies in the document's text.</param>
/// <param name="Paragraph">The zero-based index of its paragraph in <see cref="DocumentLayout.Paragraphs"/>.</param>
public sealed record Sentence(TextSpan Span, int Paragraph);
