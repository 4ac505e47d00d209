namespace QuoteCheck.Quotes;

/// <summary>
/// Splits names and descriptions into folded words (see <see cref="NameFolding"/>) and gives each
/// distinct word a number, so that speakers are matched by comparing integers rather than strings.
/// </summary>
/// <remarks>
/// A word is what lies between spaces, commas, full stops, hyphens and brackets, without a possessive
/// <c>'s</c> or trailing apostrophes; articles, <c>of</c>, <c>and</c> and possessive pronouns are left out.
/// Text made of ASCII letters and <c>’</c> (nearly all news names) is folded in place without
/// making a string; other text goes through <see cref="NameFolding.Fold"/>. A word's string is made
/// once, the first time it is seen. Not thread-safe: one table per thread, reused across documents.
/// </remarks>
internal sealed class NameWordTable
{
    /// <summary>Past this many distinct words the table starts again, so a long-lived thread does not grow it without end.</summary>
    private const int MaxWords = 1 << 16;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    // Per id, the hash (Hash) of its word: lets a name's last word be compared with an id without splitting the name.
    private readonly List<int> _hashes = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private char[] _buffer = new char[128];

    public NameWordTable() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Forgets every word when the table has grown too big; call between documents only (ids change).</summary>
    public void Trim()
    {
        if (_ids.Count > MaxWords)
        {
            _ids.Clear();
            _hashes.Clear();
        }
    }

    /// <summary>Appends the ids of the words of <paramref name="text"/> to <paramref name="output"/>; returns how many were appended.</summary>
    public int AppendWords(ReadOnlySpan<char> text, List<int> output)
    {
        int before = output.Count;
        if (TryLowerAscii(text, out ReadOnlySpan<char> folded) || TryFoldAscii(text, out folded))
        {
            Split(folded, output);
        }
        else
        {
            Split(NameFolding.Fold(text), output);
        }

        return output.Count - before;
    }

    /// <summary>The id of the whole text folded (used when it has no words of its own).</summary>
    public int IdOfWhole(ReadOnlySpan<char> text) =>
        Id(TryFoldAscii(text, out ReadOnlySpan<char> folded) ? folded : NameFolding.Fold(text));

    private void Split(ReadOnlySpan<char> folded, List<int> output)
    {
        int i = 0;
        while (i < folded.Length)
        {
            if (IsSeparator(folded[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < folded.Length && !IsSeparator(folded[i]))
            {
                i++;
            }

            ReadOnlySpan<char> word = WithoutPossessive(folded[start..i]);
            if (word.Length > 0 && !IsIgnored(word))
            {
                output.Add(Id(word));
            }
        }
    }

    private int Id(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out int id))
        {
            return id;
        }

        id = _ids.Count;
        _lookup[word] = id;
        _hashes.Add(Hash(word));
        return id;
    }

    /// <summary>The hash of the word whose id is <paramref name="id"/>: words with different hashes are different words.</summary>
    public int HashOf(int id) => _hashes[id];

    /// <summary>
    /// The hash of the last word <see cref="AppendWords"/> would give for <paramref name="text"/>, read backwards
    /// from its end without splitting the rest; false when that is not certain to be the same (text that is not
    /// plain ASCII, or whose last word is dropped), for the caller to split the text instead.
    /// </summary>
    public static bool TryLastWordHash(ReadOnlySpan<char> text, out int hash)
    {
        hash = 0;
        if (!System.Text.Ascii.IsValid(text))
        {
            return false;
        }

        // Split's last word: the last run between separators, lower-cased, without "'s" or else trailing apostrophes.
        int end = text.Length;
        while (end > 0 && IsSeparator(text[end - 1]))
        {
            end--;
        }

        int start = end;
        while (start > 0 && !IsSeparator(text[start - 1]))
        {
            start--;
        }

        ReadOnlySpan<char> w = text[start..end];
        if (w.Length > MaxLastWord)
        {
            return false;
        }

        Span<char> lowered = stackalloc char[MaxLastWord];
        System.Text.Ascii.ToLower(w, lowered, out int length);
        ReadOnlySpan<char> word = WithoutPossessive(lowered[..length]);
        if (word.IsEmpty || IsIgnored(word))
        {
            return false;
        }

        hash = Hash(word);
        return true;
    }

    // A folded word as a name's word: without "'s", or else without trailing apostrophes (Kosovo's, Jones').
    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word.TrimEnd('\'');

    // Names' last words are short: a longer one is left to the ordinary split.
    private const int MaxLastWord = 64;

    // FNV-1a over the characters: only ever compared with another Hash of a folded word.
    private static int Hash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (char c in word)
        {
            h = (h ^ c) * 16777619;
        }

        return (int)h;
    }

    // Nearly every name is plain ASCII: lower-cased by one vectorised call (what TryFoldAscii does to it a
    // character at a time); a name with ’ or any other non-ASCII character goes on to TryFoldAscii.
    private bool TryLowerAscii(ReadOnlySpan<char> text, out ReadOnlySpan<char> folded)
    {
        if (_buffer.Length < text.Length)
        {
            _buffer = new char[Math.Max(text.Length, _buffer.Length * 2)];
        }

        if (System.Text.Ascii.ToLower(text, _buffer, out int written) == System.Buffers.OperationStatus.Done)
        {
            folded = _buffer.AsSpan(0, written);
            return true;
        }

        folded = default;
        return false;
    }

    // NameFolding.Fold on ASCII and ’ is lower-casing and ’ → ': done here into a reused buffer.
    private bool TryFoldAscii(ReadOnlySpan<char> text, out ReadOnlySpan<char> folded)
    {
        if (_buffer.Length < text.Length)
        {
            _buffer = new char[Math.Max(text.Length, _buffer.Length * 2)];
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80)
            {
                _buffer[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            }
            else if (c == '\u2019')
            {
                _buffer[i] = '\'';
            }
            else
            {
                folded = default;
                return false;
            }
        }

        folded = _buffer.AsSpan(0, text.Length);
        return true;
    }

    // One bit per separator (all below 64), inlined: asked of every character of every name.
    private const ulong SeparatorBits = (1UL << ' ') | (1UL << ',') | (1UL << '.') | (1UL << '-') | (1UL << '(') | (1UL << ')');

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsSeparator(char c) => c < 64 && ((SeparatorBits >> c) & 1) != 0;

    // A switch on the length first: this runs for every word of every name the text mentions.
    private static bool IsIgnored(ReadOnlySpan<char> word) => word.Length switch
    {
        1 => word[0] == 'a',
        2 => word.SequenceEqual("an") || word.SequenceEqual("of"),
        3 => word.SequenceEqual("the") || word.SequenceEqual("and") || word.SequenceEqual("his") || word.SequenceEqual("her") || word.SequenceEqual("its"),
        5 => word.SequenceEqual("their"),
        _ => false,
    };
}
