namespace QuoteCheck.Text;

/// <summary>
/// The paragraphs and sentences of a document, as spans into its original text.
/// </summary>
/// <remarks>
/// Paragraphs are separated by blank lines; a text with no blank line at all takes each line as a
/// paragraph (the shape of scraped wire copy). Sentences never cross a paragraph. Immutable.
/// </remarks>
public sealed class DocumentLayout
{
    internal DocumentLayout(IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<Sentence> sentences)
    {
        Paragraphs = paragraphs;
        Sentences = sentences;
    }

    /// <summary>The paragraphs in text order, trimmed of surrounding white space.</summary>
    public IReadOnlyList<TextSpan> Paragraphs { get; }

    /// <summary>The sentences in text order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Splits a document's body into paragraphs and sentences.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Its layout.</returns>
    public static DocumentLayout Of(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return TextSegmenter.Segment(document.Text, document.Body);
    }

    /// <summary>The index of the sentence that holds <paramref name="offset"/>, or -1 when it lies between sentences.</summary>
    /// <param name="offset">An offset into the document's text.</param>
    /// <returns>A sentence index or -1.</returns>
    public int SentenceAt(int offset) => IndexAt(Sentences, offset, static s => s.Span);

    /// <summary>The index of the paragraph that holds <paramref name="offset"/>, or -1 when it lies between paragraphs.</summary>
    /// <param name="offset">An offset into the document's text.</param>
    /// <returns>A paragraph index or -1.</returns>
    public int ParagraphAt(int offset) => IndexAt(Paragraphs, offset, static p => p);

    private static int IndexAt<T>(IReadOnlyList<T> items, int offset, Func<T, TextSpan> span)
    {
        int lo = 0, hi = items.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            TextSpan s = span(items[mid]);
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
