using QuoteCheck.Claims.Values;

namespace QuoteCheck.Claims;

/// <summary>The spelling rules for rule names, kinds, triggers and value kinds, shared by the C# builder and the JSON loader.</summary>
internal static class ClaimRuleNames
{
    /// <summary>The value kinds as JSON rules name them (the <c>type</c> names of <c>quotecheck values</c>).</summary>
    public static readonly IReadOnlyList<(string Name, ValueKind Kind)> ValueKinds =
    [
        ("number", ValueKind.Number),
        ("percent", ValueKind.Percent),
        ("numberrange", ValueKind.NumberRange),
        ("currency", ValueKind.Currency),
        ("date", ValueKind.Date),
        ("daterange", ValueKind.DateRange),
        ("duration", ValueKind.Duration),
    ];

    /// <summary>Lower-case letters and digits in hyphen-separated parts, up to 64 characters: <c>death-toll</c>.</summary>
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 64 || name[0] == '-' || name[^1] == '-')
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            {
                return false;
            }
        }

        return !name.Contains("--", StringComparison.Ordinal);
    }

    /// <summary>A trigger or topic with single spaces between its words, or null when it holds anything but word characters, apostrophes and hyphens.</summary>
    public static string? NormalizePhrase(string? phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase) || phrase.Length > 200)
        {
            return null;
        }

        string[] words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (string word in words)
        {
            if (!char.IsLetterOrDigit(word[0]) || !char.IsLetterOrDigit(word[^1]))
            {
                return null;
            }

            foreach (char c in word)
            {
                if (!char.IsLetterOrDigit(c) && c is not ('\'' or '\u2019' or '-'))
                {
                    return null;
                }
            }
        }

        return words.Length == 0 ? null : string.Join(' ', words);
    }

    public static ValueKind? ParseValueKind(string name)
    {
        foreach ((string n, ValueKind k) in ValueKinds)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return null;
    }

    public static string ValueKindNames => string.Join(", ", ValueKinds.Select(k => k.Name));
}
