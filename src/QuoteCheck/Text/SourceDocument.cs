using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace QuoteCheck.Text;

/// <summary>
/// One news article as the caller gave it: an id, the original text, and what is known about its
/// publication.
/// </summary>
/// <remarks>
/// <para>The text is kept exactly as given; every span QuoteCheck reports indexes it. A leading
/// <c> date YYYY-MM-DD</c> marker (a convention of some scraped archives) sets
/// <see cref="Published"/> when no date is given explicitly, and is left out of <see cref="Body"/>
/// so that it is never read as prose.</para>
/// <para>Instances are immutable and safe to share across threads.</para>
/// </remarks>
/// <example>
/// <code>
/// var doc = SourceDocument.Create("wire-1", text, published: new DateOnly(2020, 7, 12), outlet: "Wire");
/// var fromFile = SourceDocument.Load("articles/003.txt"); // id "003.txt", date from the marker if any
/// </code>
/// </example>
public sealed class SourceDocument
{
    private int[]? _lineStarts;

    private SourceDocument(string id, string text, DateOnly? published, string? outlet, string? title, TextSpan body, bool publishedFromMarker)
    {
        Id = id;
        Text = text;
        Published = published;
        Outlet = outlet;
        Title = title;
        Body = body;
        PublishedFromMarker = publishedFromMarker;
    }

    /// <summary>The caller's name for the document (for a file, its file name).</summary>
    public string Id { get; }

    /// <summary>The original text; every span indexes this string.</summary>
    public string Text { get; }

    /// <summary>The publication date, used to resolve relative dates such as "last month"; <see langword="null"/> when unknown.</summary>
    public DateOnly? Published { get; }

    /// <summary>Whether <see cref="Published"/> was read from a leading date marker in the text.</summary>
    public bool PublishedFromMarker { get; }

    /// <summary>The outlet that published the article, when known.</summary>
    public string? Outlet { get; }

    /// <summary>The headline, when known.</summary>
    public string? Title { get; }

    /// <summary>The part of <see cref="Text"/> that is prose: all of it, less a leading date marker.</summary>
    public TextSpan Body { get; }

    /// <summary>
    /// Creates a document from text already in memory.
    /// </summary>
    /// <param name="id">The document's id; not empty.</param>
    /// <param name="text">The article's text, kept as is.</param>
    /// <param name="published">The publication date; when <see langword="null"/>, a leading date marker supplies it.</param>
    /// <param name="outlet">The outlet, when known.</param>
    /// <param name="title">The headline, when known.</param>
    /// <returns>The document. Any text is accepted (empty, binary, lone surrogates): only the arguments below throw.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static SourceDocument Create(string id, string text, DateOnly? published = null, string? outlet = null, string? title = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(text);
        TextSpan body = new(0, text.Length);
        bool fromMarker = false;
        if (TryReadDateMarker(text, out DateOnly markerDate, out int bodyStart))
        {
            body = TextSpan.FromBounds(bodyStart, text.Length);
            if (published is null)
            {
                published = markerDate;
                fromMarker = true;
            }
        }

        return new SourceDocument(id, text, published, outlet, title, body, fromMarker);
    }

    /// <summary>
    /// Creates a document from encoded bytes: UTF-8 with or without a byte-order mark (which is dropped).
    /// Bytes that are not valid UTF-8 become U+FFFD rather than failing.
    /// </summary>
    /// <param name="id">The document's id.</param>
    /// <param name="bytes">The encoded text.</param>
    /// <param name="published">The publication date, when known.</param>
    /// <returns>The document; its offsets index the decoded text. Any bytes are accepted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static SourceDocument FromBytes(string id, ReadOnlySpan<byte> bytes, DateOnly? published = null)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }

        return Create(id, Encoding.UTF8.GetString(bytes), published);
    }

    /// <summary>Reads a UTF-8 text file (with or without BOM; CRLF, CR or LF line ends are kept as they are).</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="published">The publication date; when <see langword="null"/>, a leading date marker supplies it.</param>
    /// <returns>The document, with the file name as its id. Any content is accepted (see <see cref="FromBytes"/>).</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be read (a <see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static SourceDocument Load(string path, DateOnly? published = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);

        // An article is read into a pooled buffer, not a new array per file: a folder of a thousand articles is read on
        // all cores and only the decoded text is kept, so each thread reuses one buffer instead of touching fresh memory.
        // Large files (a buffer that size would stay with the pool) and files that report no length (some special
        // files) are read whole, as before.
        using (SafeFileHandle file = File.OpenHandle(path))
        {
            long reported = RandomAccess.GetLength(file);
            if (reported is > 0 and <= PooledReadLimit)
            {
                int length = (int)reported;
                byte[] buffer = ArrayPool<byte>.Shared.Rent(length);
                try
                {
                    // Up to the length found on opening, as File.ReadAllBytes reads (a file that grows meanwhile is cut there).
                    int read = 0;
                    int count;
                    while (read < length && (count = RandomAccess.Read(file, buffer.AsSpan(read, length - read), read)) > 0)
                    {
                        read += count;
                    }

                    return FromBytes(Path.GetFileName(path), buffer.AsSpan(0, read), published);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }

        return FromBytes(Path.GetFileName(path), File.ReadAllBytes(path), published);
    }

    /// <summary>Files up to this size are read through a pooled buffer (see <see cref="Load"/>); a news article is a few KB.</summary>
    private const int PooledReadLimit = 1 << 20;

    /// <summary>Reads a UTF-8 text file asynchronously; see <see cref="Load(string, DateOnly?)"/>.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="published">The publication date, when known.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document, with the file name as its id.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be read (a <see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<SourceDocument> LoadAsync(string path, DateOnly? published = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return FromBytes(Path.GetFileName(path), bytes, published);
    }

    /// <summary>A copy with another publication date (for example one estimated from the cluster).</summary>
    /// <param name="published">The new date.</param>
    /// <returns>A new document sharing the same text.</returns>
    public SourceDocument WithPublished(DateOnly? published) =>
        new(Id, Text, published, Outlet, Title, Body, PublishedFromMarker && published == Published);

    /// <summary>A copy with another outlet.</summary>
    /// <param name="outlet">The new outlet.</param>
    /// <returns>A new document sharing the same text.</returns>
    public SourceDocument WithOutlet(string? outlet) => new(Id, Text, Published, outlet, Title, Body, PublishedFromMarker);

    /// <summary>A copy with another headline.</summary>
    /// <param name="title">The new headline.</param>
    /// <returns>A new document sharing the same text.</returns>
    public SourceDocument WithTitle(string? title) => new(Id, Text, Published, Outlet, title, Body, PublishedFromMarker);

    /// <summary>The line and column of an offset, for people. CRLF, CR and LF each end a line.</summary>
    /// <param name="offset">An offset into <see cref="Text"/>, from 0 to its length.</param>
    /// <returns>The one-based position.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside the text.</exception>
    public LinePosition GetLinePosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        int[] starts = _lineStarts ??= ComputeLineStarts(Text);
        int line = Array.BinarySearch(starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line + 1, offset - starts[line] + 1);
    }

    /// <summary>The document's id.</summary>
    /// <returns><see cref="Id"/>.</returns>
    public override string ToString() => Id;

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    // The marker is " date YYYY-MM-DD" at the very start, optionally preceded by white space,
    // followed by white space or the end of the text.
    private static bool TryReadDateMarker(string text, out DateOnly date, out int bodyStart)
    {
        date = default;
        bodyStart = 0;
        int i = 0;
        while (i < text.Length && i < 8 && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        const string Keyword = "date ";
        if (string.CompareOrdinal(text, i, Keyword, 0, Keyword.Length) != 0)
        {
            return false;
        }

        i += Keyword.Length;
        if (i + 10 > text.Length || !DateOnly.TryParseExact(text.AsSpan(i, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return false;
        }

        i += 10;
        if (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            return false;
        }

        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        bodyStart = i;
        return true;
    }
}
