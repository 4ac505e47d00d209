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
    private readonly TextSpan[] _paragraphs;

    // The sentences as spans only: a Sentence object each (with its paragraph index, which the spans imply)
    // is made for a caller of Sentences, on first read; the analysis itself reads the spans. Made up
    // front, the objects were a tenth of what analysing a document allocated.
    private readonly TextSpan[] _sentences;
    private Sentence[]? _sentenceObjects;

    internal DocumentLayout(TextSpan[] paragraphs, TextSpan[] sentences)
    {
        _paragraphs = paragraphs;
        _sentences = sentences;
    }

    /// <summary>The paragraphs in text order, trimmed of surrounding white space.</summary>
    public IReadOnlyList<TextSpan> Paragraphs => _paragraphs;

    /// <summary>The sentences in text order.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentenceObjects ?? MakeSentences();

    /// <summary>How many sentences there are.</summary>
    internal int SentenceCount => _sentences.Length;

    /// <summary>The span of sentence <paramref name="index"/>, as <c>Sentences[index].Span</c> without making the sentence objects.</summary>
    internal TextSpan SentenceSpan(int index) => _sentences[index];

    // Made once: threads that race publish one array between them, so every reader sees the same objects.
    private Sentence[] MakeSentences()
    {
        if (_sentences.Length == 0)
        {
            return _sentenceObjects = [];
        }

        var made = new Sentence[_sentences.Length];
        int paragraph = 0;
        for (int i = 0; i < made.Length; i++)
        {
            // Sentences never cross a paragraph and both come in text order: the paragraph is the first not ending before the sentence.
            while (_paragraphs[paragraph].End < _sentences[i].End)
            {
                paragraph++;
            }

            made[i] = new Sentence(_sentences[i], paragraph);
        }

        return Interlocked.CompareExchange(ref _sentenceObjects, made, null) ?? made;
    }

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
    public int SentenceAt(int offset) => IndexAt(_sentences, offset);

    /// <summary>The index of the paragraph that holds <paramref name="offset"/>, or -1 when it lies between paragraphs.</summary>
    /// <param name="offset">An offset into the document's text.</param>
    /// <returns>A paragraph index or -1.</returns>
    public int ParagraphAt(int offset) => IndexAt(_paragraphs, offset);

    private static int IndexAt(TextSpan[] spans, int offset)
    {
        int lo = 0, hi = spans.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            TextSpan s = spans[mid];
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
