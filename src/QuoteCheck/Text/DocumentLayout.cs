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
    private readonly string _text;
    private readonly TextSpan[] _paragraphs;

    // The sentences are found on first need, as spans, and the Sentence objects (with their paragraph index,
    // which the spans imply) on the first read of Sentences: the analysis itself only asks for the sentences
    // of paragraphs that hold a value (SentencesOf). Made up front, the sentences were a seventh of what
    // analysing a document allocated. Each is published once, so every reader sees the same array.
    private TextSpan[]? _sentences;
    private Sentence[]? _sentenceObjects;

    internal DocumentLayout(string text, TextSpan[] paragraphs)
    {
        _text = text;
        _paragraphs = paragraphs;
    }

    /// <summary>The paragraphs in text order, trimmed of surrounding white space.</summary>
    public IReadOnlyList<TextSpan> Paragraphs => _paragraphs;

    /// <summary>The sentences in text order.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentenceObjects ?? MakeSentences();

    private TextSpan[] SentenceSpans => _sentences ?? MakeSentenceSpans();

    private TextSpan[] MakeSentenceSpans()
    {
        TextSpan[] made = TextSegmenter.Sentences(_text, _paragraphs);
        return Interlocked.CompareExchange(ref _sentences, made, null) ?? made;
    }

    private Sentence[] MakeSentences()
    {
        TextSpan[] spans = SentenceSpans;
        var made = new Sentence[spans.Length];
        int paragraph = 0;
        for (int i = 0; i < made.Length; i++)
        {
            // Sentences never cross a paragraph and both come in text order: the paragraph is the first not ending before the sentence.
            while (_paragraphs[paragraph].End < spans[i].End)
            {
                paragraph++;
            }

            made[i] = new Sentence(spans[i], paragraph);
        }

        return Interlocked.CompareExchange(ref _sentenceObjects, made, null) ?? made;
    }

    /// <summary>Appends the sentences of paragraph <paramref name="paragraph"/> to <paramref name="output"/>: those of <see cref="Sentences"/> that lie in it, found without splitting the others.</summary>
    internal void SentencesOf(int paragraph, List<TextSpan> output) => TextSegmenter.FindSentences(_text, _paragraphs[paragraph], output);

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
    public int SentenceAt(int offset) => IndexAt(SentenceSpans, offset);

    /// <summary>The index of the paragraph that holds <paramref name="offset"/>, or -1 when it lies between paragraphs.</summary>
    /// <param name="offset">An offset into the document's text.</param>
    /// <returns>A paragraph index or -1.</returns>
    public int ParagraphAt(int offset) => IndexAt(_paragraphs, offset);

    /// <summary>The index of the span in <paramref name="spans"/> (sorted, not overlapping) that holds <paramref name="offset"/>, or -1.</summary>
    internal static int IndexAt(ReadOnlySpan<TextSpan> spans, int offset)
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
