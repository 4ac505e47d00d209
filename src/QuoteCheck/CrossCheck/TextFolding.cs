using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using QuoteCheck.Definitions;

namespace QuoteCheck.CrossCheck;

/// <summary>
/// Folds text for comparison: case, diacritics, quote marks, apostrophes, dashes and punctuation, and
/// British/American spelling (Definitions/spelling-variants.txt). We fold ourselves and hand FuzzySharp
/// the result with no preprocessing, because its default strips every non-ASCII letter (Vučić would
/// lose its consonants). Thread-safe.
/// </summary>
internal static class TextFolding
{
    private static readonly (string British, string American)[] SpellingRules =
        [.. WordList.Lines("spelling-variants")
            .Select(static line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(static parts => (parts[0], parts[1]))
            .OrderByDescending(static rule => rule.Item1.Length)];

    private static readonly FrozenSet<string> StopWords =
        WordList.Lines("quote-stop-words").SelectMany(static l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a folded word is too common to block or weigh on.</summary>
    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>Folds a stretch of text to lower-case ASCII-ish words separated by single spaces.</summary>
    public static string Fold(ReadOnlySpan<char> text) => string.Join(' ', Words(text));

    /// <summary>The folded words of a text, spelling variants unified unless <paramref name="unifySpelling"/> is false (for display).</summary>
    public static string[] Words(ReadOnlySpan<char> text, bool unifySpelling = true)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char raw in text)
        {
            if (IsApostrophe(raw))
            {
                // "we've" and "Kosovo's" stay one word: the apostrophe is dropped, not split on.
                continue;
            }

            if (char.IsLetterOrDigit(raw))
            {
                AppendFolded(word, raw);
            }
            else if (word.Length > 0)
            {
                words.Add(unifySpelling ? Spelling(word.ToString()) : word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(unifySpelling ? Spelling(word.ToString()) : word.ToString());
        }

        return [.. words];
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`';

    private static void AppendFolded(StringBuilder word, char c)
    {
        if (c < 128)
        {
            word.Append(char.ToLowerInvariant(c));
            return;
        }

        // Decompose and drop the marks: č -> c, é -> e. Letters with no decomposition (ß, ø) pass through lowered.
        string decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (char d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                word.Append(char.ToLowerInvariant(d));
            }
        }
    }

    private static string Spelling(string word)
    {
        if (word.Length < 6)
        {
            return word;
        }

        foreach ((string british, string american) in SpellingRules)
        {
            if (word.EndsWith(british, StringComparison.Ordinal))
            {
                return string.Concat(word.AsSpan(0, word.Length - british.Length), american);
            }
        }

        return word;
    }
}
