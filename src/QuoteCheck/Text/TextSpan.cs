namespace QuoteCheck.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in the caller's original string.
/// </summary>
/// <remarks>
/// Every span QuoteCheck reports indexes the string the caller handed in (for a file, the file's text
/// after decoding, date marker included), so <c>text.Substring(span.Start, span.Length)</c> is always
/// the text the finding talks about. This is an immutable value type and is safe to share across threads.
/// </remarks>
/// <example>
/// <code>
/// var span = TextSpan.FromBounds(4, 9);
/// string word = "The quick fox".Substring(span.Start, span.Length); // "quick"
/// </code>
/// </example>
public readonly record struct TextSpan : IComparable<TextSpan>
{
    /// <summary>Creates a span from a start offset and a length.</summary>
    /// <param name="start">The first character's offset; not negative.</param>
    /// <param name="length">How many characters; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative start or length.</exception>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    /// <summary>The offset of the first character.</summary>
    public int Start { get; }

    /// <summary>The number of characters.</summary>
    public int Length { get; }

    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span holds no character.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and (exclusive) end offsets.</summary>
    /// <param name="start">The first character's offset.</param>
    /// <param name="end">The offset just past the last character; not before <paramref name="start"/>.</param>
    /// <returns>The span <c>[start, end)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Whether <paramref name="offset"/> lies inside the span.</summary>
    /// <param name="offset">A character offset.</param>
    /// <returns><see langword="true"/> when <c>Start &lt;= offset &lt; End</c>.</returns>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">Another span.</param>
    /// <returns><see langword="true"/> when both ends of <paramref name="other"/> are within this span.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one character.</summary>
    /// <param name="other">Another span.</param>
    /// <returns><see langword="true"/> when the spans overlap.</returns>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The smallest span that covers both spans.</summary>
    /// <param name="other">Another span.</param>
    /// <returns>A span from the earlier start to the later end.</returns>
    public TextSpan Cover(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>The characters of <paramref name="text"/> this span covers.</summary>
    /// <param name="text">The string the span indexes.</param>
    /// <returns>A slice of <paramref name="text"/>; no copy is made.</returns>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    /// <summary>Orders spans by start, then by end.</summary>
    /// <param name="other">Another span.</param>
    /// <returns>A negative number, zero or a positive number, as for <see cref="IComparable{T}"/>.</returns>
    public int CompareTo(TextSpan other)
    {
        int byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    /// <summary>Compares two spans by position.</summary>
    /// <param name="left">A span.</param><param name="right">Another span.</param>
    /// <returns>Whether <paramref name="left"/> comes first.</returns>
    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    /// <summary>Compares two spans by position.</summary>
    /// <param name="left">A span.</param><param name="right">Another span.</param>
    /// <returns>Whether <paramref name="left"/> comes last.</returns>
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    /// <summary>Compares two spans by position.</summary>
    /// <param name="left">A span.</param><param name="right">Another span.</param>
    /// <returns>Whether <paramref name="left"/> does not come last.</returns>
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two spans by position.</summary>
    /// <param name="left">A span.</param><param name="right">Another span.</param>
    /// <returns>Whether <paramref name="left"/> does not come first.</returns>
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;

    /// <summary>The span as <c>[start..end)</c>.</summary>
    /// <returns>A short description for debugging and messages.</returns>
    public override string ToString() => $"[{Start}..{End})";
}
