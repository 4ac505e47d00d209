using System.Numerics;
using System.Runtime.CompilerServices;
using QuoteCheck.Text;

namespace QuoteCheck.Claims;

/// <summary>
/// The words of one sentence as offsets into the document's text, so that rules can look words up as
/// spans without making strings. One instance is reused for every sentence of a document.
/// </summary>
/// <remarks>
/// A word is a run of letters and digits; an apostrophe, hyphen, full stop or comma inside such a run
/// (between two letters or digits) keeps it one word: <c>EU's</c>, <c>face-to-face</c>, <c>13,000</c>, <c>1998-99</c>.
/// </remarks>
internal sealed class SentenceTokens
{
    private TextSpan[] _words = new TextSpan[64];

    public string Text { get; private set; } = string.Empty;

    public int Count { get; private set; }

    public TextSpan this[int index] => _words[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Word(int index) => _words[index].Slice(Text);

    public void Fill(string text, TextSpan sentence)
    {
        Text = text;
        Count = 0;

        // Nearly every sentence of news is ASCII but for curly quotes and dashes: its words come from bit masks,
        // 64 characters at a time.
        ReadOnlySpan<char> chars = text.AsSpan(sentence.Start, sentence.Length);
        if (AsciiBlocks.Supported && AsciiWordMasks.Covers(chars))
        {
            FillAscii(text, sentence.Start, chars);
            return;
        }

        int i = sentence.Start;
        int end = sentence.End;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            i++;
            while (i < end)
            {
                // Runs of ASCII letters and digits, most of every word, are skipped eight characters at a time;
                // the character after the run decides whether the word goes on.
                i = AsciiRuns.End(text, i, end);
                if (i == end)
                {
                    break;
                }
                char c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    i++;
                }
                else if (i + 1 < end && JoinsWords(c, text[i - 1], text[i + 1]) && char.IsLetterOrDigit(text[i + 1]))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            Add(TextSpan.FromBounds(start, i));
        }
    }

    /// <summary>
    /// The words of a sentence <see cref="AsciiWordMasks"/> covers (<paramref name="chars"/>, from <paramref name="offset"/> in
    /// <paramref name="text"/>), as <see cref="Fill"/> finds them: the runs of set bits of its
    /// <see cref="AsciiWordMasks"/>, each end found by a bit count, so a word costs no branch on its length.
    /// </summary>
    private void FillAscii(string text, int offset, ReadOnlySpan<char> chars)
    {
        int wordStart = -1; // within chars, while a word is open
        for (int block = 0; block < chars.Length; block += AsciiWordMasks.Width)
        {
            ulong mask = AsciiWordMasks.Of(text, offset, chars, block);
            int k = 0;
            while (k < AsciiWordMasks.Width)
            {
                if (wordStart < 0)
                {
                    ulong rest = mask >> k;
                    if (rest == 0)
                    {
                        break;
                    }

                    k += BitOperations.TrailingZeroCount(rest);
                    wordStart = block + k;
                }

                // The bits past the sentence's end are clear, so a word that reaches it ends there; one that runs
                // to the top bit goes on into the next 64 characters.
                ulong gaps = ~mask >> k;
                if (gaps == 0)
                {
                    break;
                }

                k += BitOperations.TrailingZeroCount(gaps);
                Add(TextSpan.FromBounds(offset + wordStart, offset + block + k));
                wordStart = -1;
            }
        }

        if (wordStart >= 0)
        {
            Add(TextSpan.FromBounds(offset + wordStart, offset + chars.Length));
        }
    }

    /// <summary>Forgets the text (the word buffer is kept for the next document).</summary>
    public void Clear()
    {
        Text = string.Empty;
        Count = 0;
    }

    /// <summary>Whether something other than spaces stands between word <paramref name="left"/> and the next word (a comma, a dash, a quote mark).</summary>
    public bool BreakAfter(int left)
    {
        if (left < 0 || left + 1 >= Count)
        {
            return true;
        }

        ReadOnlySpan<char> gap = Text.AsSpan(_words[left].End, _words[left + 1].Start - _words[left].End);
        foreach (char c in gap)
        {
            if (!char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the first word that ends after <paramref name="offset"/>, or <see cref="Count"/>.</summary>
    public int FirstEndingAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_words[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The word range [first, last] that overlaps <paramref name="span"/>; an empty range (first &gt; last) when none does.</summary>
    public (int First, int Last) WordsOf(TextSpan span)
    {
        int first = FirstEndingAfter(span.Start);
        int last = first - 1;
        while (last + 1 < Count && _words[last + 1].Start < span.End)
        {
            last++;
        }

        return (first, last);
    }

    // A full stop or comma joins only digits (13,000; 2.5); an apostrophe or hyphen joins any word characters.
    // Asked before whether a word character follows, and inlined: nearly every word ends on a space, which this
    // rules out with one switch, not a call after a test of the next word's first letter.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool JoinsWords(char c, char before, char after) => c switch
    {
        '\'' or '\u2019' or '-' or '\u2010' or '\u2011' => true,
        '.' or ',' => char.IsDigit(before) && char.IsDigit(after),
        _ => false,
    };

    private void Add(TextSpan word)
    {
        if (Count == _words.Length)
        {
            Array.Resize(ref _words, _words.Length * 2);
        }

        _words[Count++] = word;
    }
}
