using System.Buffers;

namespace QuoteCheck.Quotes;

/// <summary>
/// What the quote-mark characters are and which way they face in context. A mark's direction comes
/// from its neighbours (space before and a letter after opens), not from its glyph, so a closing mark
/// used to open (<c> ”It is</c>) still opens and reversed guillemets work.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>Every character that can be (part of) a quote mark.</summary>
    public static readonly SearchValues<char> All = SearchValues.Create("\"'\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\u2019\u201A\u201B\u2039\u203A");

    /// <summary>Whether the mark at <paramref name="i"/> is a double mark; <paramref name="width"/> is 2 for the archive form <c>''</c>.</summary>
    public static bool IsDouble(string text, int i, int end, out int width)
    {
        char c = text[i];
        width = 1;
        if (c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB')
        {
            return true;
        }

        // Two straight apostrophes stand for a double mark in some archives (''like this'').
        if (c == '\'' && i + 1 < end && text[i + 1] == '\'')
        {
            width = 2;
            return true;
        }

        return false;
    }

    /// <summary>Whether the character is a single mark (which may also be an apostrophe).</summary>
    public static bool IsSingle(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A';

    /// <summary>Whether a mark here may open a quote: something follows it, and it follows a space, the start or opening punctuation.</summary>
    public static bool CanOpen(string text, int i, int width, int start, int end)
    {
        int next = i + width;
        if (next >= end || char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        if (i == start)
        {
            return true;
        }

        char prev = text[i - 1];
        return char.IsWhiteSpace(prev) || IsOpeningContext(prev);
    }

    /// <summary>Whether a mark here may close a quote: it follows a non-space, and a space, punctuation or the end follows it.</summary>
    public static bool CanClose(string text, int i, int width, int start, int end)
    {
        if (i == start || char.IsWhiteSpace(text[i - 1]))
        {
            return false;
        }

        int next = i + width;
        if (next >= end)
        {
            return true;
        }

        char after = text[next];
        return char.IsWhiteSpace(after) || (char.IsPunctuation(after) && after is not ('-' or '_')) || char.IsSymbol(after);
    }

    /// <summary>Characters after which a mark opens rather than closes: brackets, dashes, slashes and other marks.</summary>
    public static bool IsOpeningContext(char c) =>
        c is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or ':' or '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u00AB' or '"' or '\'';
}
