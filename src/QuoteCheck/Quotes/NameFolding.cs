using System.Globalization;
using System.Text;

namespace QuoteCheck.Quotes;

/// <summary>Folds names for matching: case, diacritics and apostrophe style do not count (<c>Vučić</c> = <c>vucic</c>).</summary>
internal static class NameFolding
{
    public static string Fold(ReadOnlySpan<char> text)
    {
        string decomposed = text.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
