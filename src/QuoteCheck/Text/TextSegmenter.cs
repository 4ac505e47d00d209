using System.Buffers;
using QuoteCheck.Definitions;

namespace QuoteCheck.Text;

/// <summary>
/// Splits text into paragraphs and each paragraph into sentences, a pass over the characters each,
/// allocating only the resulting span lists.
/// </summary>
internal static class TextSegmenter
{
    private static readonly WordSet AbbreviationLookup = WordSet.Of("abbreviations");

    private static readonly SearchValues<char> Stops = SearchValues.Create(".!?\u2026");

    public static DocumentLayout Segment(string text, TextSpan body)
    {
        // The spans are gathered in a list kept per thread and copied out at their final size: growing a
        // new list per document made about as much garbage again as the layout itself. Sentences are found
        // when asked for (see DocumentLayout).
        List<TextSpan> paragraphs = t_paragraphs ??= new List<TextSpan>(64);
        try
        {
            FindParagraphs(text, body, paragraphs);
            return new DocumentLayout(text, paragraphs.ToArray());
        }
        finally
        {
            paragraphs.Clear();
            if (paragraphs.Capacity > MaxKept)
            {
                paragraphs.Capacity = 0;
            }
        }
    }

    /// <summary>The sentences of all <paramref name="paragraphs"/>, in text order.</summary>
    public static TextSpan[] Sentences(string text, TextSpan[] paragraphs)
    {
        List<TextSpan> sentences = t_sentences ??= new List<TextSpan>(256);
        try
        {
            foreach (TextSpan paragraph in paragraphs)
            {
                FindSentences(text, paragraph, sentences);
            }

            return sentences.ToArray();
        }
        finally
        {
            sentences.Clear();
            if (sentences.Capacity > MaxKept)
            {
                sentences.Capacity = 0;
            }
        }
    }

    /// <summary>Past this many spans a list grown by a huge document is given back after use.</summary>
    private const int MaxKept = 1 << 14;

    [ThreadStatic]
    private static List<TextSpan>? t_paragraphs;

    [ThreadStatic]
    private static List<TextSpan>? t_sentences;

    private static void FindParagraphs(string text, TextSpan body, List<TextSpan> paragraphs)
    {
        bool blankLineSeparated = HasBlankLine(text, body);
        int i = body.Start;
        int paragraphStart = -1;
        int paragraphEnd = -1;
        while (i < body.End)
        {
            int lineStart = i;
            int lineEnd = LineEnd(text, i, body.End);

            int next = lineEnd;
            if (next < body.End && text[next] == '\r')
            {
                next++;
            }

            if (next < body.End && text[next] == '\n' && (next == lineEnd || text[next - 1] == '\r'))
            {
                next++;
            }

            if (next == lineEnd)
            {
                next++;
            }

            TextSpan line = Trim(text, TextSpan.FromBounds(lineStart, lineEnd));
            if (line.IsEmpty)
            {
                Flush(paragraphs, ref paragraphStart, paragraphEnd);
            }
            else
            {
                if (!blankLineSeparated)
                {
                    Flush(paragraphs, ref paragraphStart, paragraphEnd);
                }

                if (paragraphStart < 0)
                {
                    paragraphStart = line.Start;
                }

                paragraphEnd = line.End;
            }

            i = next;
        }

        Flush(paragraphs, ref paragraphStart, paragraphEnd);
    }

    private static void Flush(List<TextSpan> paragraphs, ref int start, int end)
    {
        if (start >= 0)
        {
            paragraphs.Add(TextSpan.FromBounds(start, end));
            start = -1;
        }
    }

    // Line breaks are found with a vectorised search and a line is read only up to its first
    // non-white character: a character-by-character pass over the whole body was most of the layout's time.
    private static bool HasBlankLine(string text, TextSpan body)
    {
        bool sawText = false;
        int i = body.Start;
        while (i < body.End)
        {
            // A line runs to a '\n' or to a '\r' not followed by '\n' (the '\r' of "\r\n" is white space within the line).
            int lineEnd = LineEnd(text, i, body.End);
            if (lineEnd < body.End && text[lineEnd] == '\r' && lineEnd + 1 < body.End && text[lineEnd + 1] == '\n')
            {
                lineEnd++;
            }

            bool lineHasText = !IsWhiteSpace(text.AsSpan(i, lineEnd - i));
            if (lineEnd >= body.End)
            {
                return false;
            }

            if (!lineHasText && sawText)
            {
                return true;
            }

            sawText |= lineHasText;
            i = lineEnd + 1;
        }

        return false;
    }

    /// <summary>The offset of the first '\n' or '\r' at or after <paramref name="from"/>, or <paramref name="end"/>.</summary>
    private static int LineEnd(string text, int from, int end)
    {
        int found = text.AsSpan(from, end - from).IndexOfAny('\n', '\r');
        return found < 0 ? end : from + found;
    }

    private static bool IsWhiteSpace(ReadOnlySpan<char> chars)
    {
        foreach (char c in chars)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Appends the sentences of one paragraph: each paragraph is split on its own, sentences never cross one.</summary>
    public static void FindSentences(string text, TextSpan paragraph, List<TextSpan> sentences)
    {
        int start = paragraph.Start;
        int i = paragraph.Start;
        while (i < paragraph.End)
        {
            // Jump to the next stop with a vectorised search instead of testing every character.
            int found = text.AsSpan(i, paragraph.End - i).IndexOfAny(Stops);
            if (found < 0)
            {
                break;
            }

            i += found;
            int end = i + 1;
            while (end < paragraph.End && text[end] is '.' or '!' or '?' or '\u2026')
            {
                end++;
            }

            while (end < paragraph.End && IsClosingPunctuation(text[end]))
            {
                end++;
            }

            if (IsBoundary(text, paragraph, start, i, end))
            {
                AddSentence(text, TextSpan.FromBounds(start, end), sentences);
                start = end;
            }

            i = end;
        }

        if (start < paragraph.End)
        {
            AddSentence(text, TextSpan.FromBounds(start, paragraph.End), sentences);
        }
    }

    private static void AddSentence(string text, TextSpan span, List<TextSpan> sentences)
    {
        TextSpan trimmed = Trim(text, span);
        if (!trimmed.IsEmpty)
        {
            sentences.Add(trimmed);
        }
    }

    // Decides whether the stop at 'stop' (punctuation run ending at 'end') ends a sentence.
    private static bool IsBoundary(string text, TextSpan paragraph, int sentenceStart, int stop, int end)
    {
        if (end >= paragraph.End)
        {
            return true;
        }

        // A stop must be followed by white space.
        if (!char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        int next = end;
        while (next < paragraph.End && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= paragraph.End)
        {
            return true;
        }

        char following = text[next];
        bool startsLikeSentence = char.IsUpper(following) || char.IsDigit(following) || IsOpeningPunctuation(following);
        if (!startsLikeSentence)
        {
            return false;
        }

        if (text[stop] != '.' || end - stop > 1 && text[stop + 1] == '.')
        {
            return true;
        }

        // The word before the full stop: an abbreviation or an initial does not end the sentence.
        int wordStart = stop;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && !IsOpeningPunctuation(text[wordStart - 1]))
        {
            wordStart--;
        }

        ReadOnlySpan<char> word = text.AsSpan(wordStart, stop - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "J. Smith"
        }

        return !AbbreviationLookup.Contains(word);
    }

    internal static bool IsClosingPunctuation(char c) =>
        c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB' or '\u203A';

    internal static bool IsOpeningPunctuation(char c) =>
        c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018' or '\u00AB' or '\u2039' or '\u201E' or '\u201A' or '-' or '\u2014' or '\u2013';

    internal static TextSpan Trim(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return TextSpan.FromBounds(s, e);
    }
}
