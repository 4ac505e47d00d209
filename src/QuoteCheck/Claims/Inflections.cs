namespace QuoteCheck.Claims;

/// <summary>
/// The regular English inflections of a trigger word, so that a rule author writes <c>evacuate</c> and the
/// rule also matches <c>evacuates</c>, <c>evacuated</c> and <c>evacuating</c>. Irregular forms
/// (<c>die</c>, <c>died</c>, <c>dying</c>) are listed by the author. Extra forms that are not words cost nothing.
/// </summary>
internal static class Inflections
{
    public static IEnumerable<string> Of(string word)
    {
        var forms = new List<string> { word };
        string w = word.ToLowerInvariant();
        if (w.Length < 2 || !w.All(char.IsLetter))
        {
            return forms;
        }

        char last = w[^1];
        bool consonantY = last == 'y' && !IsVowel(w[^2]);
        if (consonantY)
        {
            string stem = w[..^1];
            forms.AddRange([stem + "ies", stem + "ied", w + "ing"]);
        }
        else if (last == 'e')
        {
            string stem = w[..^1];
            forms.AddRange([w + "s", w + "d", stem + "ing"]);
        }
        else
        {
            bool sibilant = w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal);
            forms.AddRange([sibilant ? w + "es" : w + "s", w + "ed", w + "ing"]);

            // Short consonant-vowel-consonant words double the last letter: stop, stopped, stopping.
            if (w.Length >= 3 && !IsVowel(last) && last is not ('w' or 'x' or 'y') && IsVowel(w[^2]) && !IsVowel(w[^3]))
            {
                forms.AddRange([w + last + "ed", w + last + "ing"]);
            }
        }

        return forms;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
