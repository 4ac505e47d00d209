using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// A stretch of text between quote marks, as the scanner found it: where the marks are and, for a
/// quote that runs over paragraphs, each paragraph's piece.
/// </summary>
internal sealed class QuotedSpan
{
    public QuotedSpan(int openMark, int contentStart, bool single) => Reset(openMark, contentStart, single);

    /// <summary>Makes this a new, empty quote: spans are reused from document to document on a thread (see <see cref="QuoteAttributor.SpareMarks"/>), so every property is set again.</summary>
    public void Reset(int openMark, int contentStart, bool single)
    {
        OpenMark = openMark;
        ContentStart = contentStart;
        IsSingle = single;
        ContentEnd = 0;
        OuterEnd = 0;
        Closed = false;
        Parts = null;
    }

    /// <summary>The offset of the opening mark.</summary>
    public int OpenMark { get; private set; }

    /// <summary>The first character after the opening mark.</summary>
    public int ContentStart { get; private set; }

    /// <summary>Just past the last quoted character (before the closing mark).</summary>
    public int ContentEnd { get; set; }

    /// <summary>Just past the closing mark, or <see cref="ContentEnd"/> when the quote was never closed.</summary>
    public int OuterEnd { get; set; }

    /// <summary>Whether a closing mark was found.</summary>
    public bool Closed { get; set; }

    /// <summary>Whether the marks are single (<c>'...'</c>, <c>‘...’</c>).</summary>
    public bool IsSingle { get; private set; }

    /// <summary>The pieces of a multi-paragraph quote (content only); null for a one-paragraph quote.</summary>
    public List<TextSpan>? Parts { get; set; }

    /// <summary>The quoted content, marks excluded.</summary>
    public TextSpan Content => TextSpan.FromBounds(ContentStart, ContentEnd);

    /// <summary>The quote with its marks.</summary>
    public TextSpan Outer => TextSpan.FromBounds(OpenMark, OuterEnd);

    /// <summary>Whether the quote runs over several paragraphs.</summary>
    public bool IsMultiParagraph => Parts is { Count: > 1 };
}
