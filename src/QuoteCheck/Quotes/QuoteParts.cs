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
internal class QuoteParts : IReadOnlyList<TextSpan>
{
    // A one-paragraph quote (nearly all) is this class alone, 32 bytes; a multi-paragraph one is a Joined,
    // with its own copy of the pieces (a field for them here would make every quote's parts 40 bytes).
    private readonly string _source;
    private readonly TextSpan _single;

    /// <summary>A quote of one piece.</summary>
    public QuoteParts(string source, TextSpan span)
    {
        _source = source;
        _single = span;
    }

    /// <summary>The parts of a quote: one piece, or the scanner's pieces of a multi-paragraph quote (copied: its list is reused).</summary>
    public static QuoteParts Of(string source, TextSpan span, List<TextSpan>? pieces) =>
        pieces is { Count: > 1 } ? new Joined(source, [.. pieces]) : new QuoteParts(source, span);

    /// <summary>From the first word of the first piece to the last word of the last.</summary>
    public virtual TextSpan Span => _single;

    public virtual int Count => 1;

    public virtual TextSpan this[int index] => index == 0 ? _single : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The quoted words: the piece itself, or the pieces joined by a space.</summary>
    public virtual string MakeText() => _source.Substring(_single.Start, _single.Length);

    public IEnumerator<TextSpan> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The pieces of a multi-paragraph quote.</summary>
    private sealed class Joined : QuoteParts
    {
        private readonly TextSpan[] _pieces;

        public Joined(string source, TextSpan[] pieces)
            : base(source, pieces[0]) => _pieces = pieces;

        public override TextSpan Span => _pieces[0].Cover(_pieces[^1]);

        public override int Count => _pieces.Length;

        public override TextSpan this[int index] => _pieces[index];

        public override string MakeText()
        {
            int length = _pieces.Length - 1;
            foreach (TextSpan p in _pieces)
            {
                length += p.Length;
            }

            return string.Create(length, (_source, _pieces), static (chars, state) =>
            {
                int at = 0;
                for (int i = 0; i < state._pieces.Length; i++)
                {
                    if (i > 0)
                    {
                        chars[at++] = ' ';
                    }

                    TextSpan p = state._pieces[i];
                    state._source.AsSpan(p.Start, p.Length).CopyTo(chars[at..]);
                    at += p.Length;
                }
            });
        }
    }
}
