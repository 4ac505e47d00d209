using System.Collections;
using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// The pieces of a found quote (one per paragraph) together with the document text they index, so that
/// the quote's words can be made from them when <see cref="Quote.Text"/> is first read.
/// </summary>
/// <remarks>
/// Serves as the quote's <see cref="Quote.Parts"/> list as well: the one object a quote needed for its
/// parts anyway carries what its text is made from, and a quote whose text is never read costs no string
/// (the quoted words were a quarter of what analysing a document allocated). Immutable.
/// </remarks>
internal sealed class QuoteParts : IReadOnlyList<TextSpan>
{
    private readonly string _source;

    // A one-paragraph quote (nearly all) keeps its span inline; a multi-paragraph one its own copy of the pieces.
    private readonly TextSpan _single;
    private readonly TextSpan[]? _many;

    /// <summary>A quote of one piece.</summary>
    public QuoteParts(string source, TextSpan span)
    {
        _source = source;
        _single = span;
    }

    /// <summary>A quote of several pieces, copied (the scanner's list is reused).</summary>
    public QuoteParts(string source, List<TextSpan> parts)
    {
        _source = source;
        _many = [.. parts];
    }

    /// <summary>From the first word of the first piece to the last word of the last.</summary>
    public TextSpan Span => _many is null ? _single : _many[0].Cover(_many[^1]);

    public int Count => _many?.Length ?? 1;

    public TextSpan this[int index] => _many is not null ? _many[index]
        : index == 0 ? _single : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The quoted words: the piece itself, or the pieces joined by a space.</summary>
    public string MakeText()
    {
        if (_many is null)
        {
            return _source.Substring(_single.Start, _single.Length);
        }

        int length = _many.Length - 1;
        foreach (TextSpan p in _many)
        {
            length += p.Length;
        }

        return string.Create(length, (_source, _many), static (chars, state) =>
        {
            int at = 0;
            for (int i = 0; i < state._many.Length; i++)
            {
                if (i > 0)
                {
                    chars[at++] = ' ';
                }

                TextSpan p = state._many[i];
                state._source.AsSpan(p.Start, p.Length).CopyTo(chars[at..]);
                at += p.Length;
            }
        });
    }

    public IEnumerator<TextSpan> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
