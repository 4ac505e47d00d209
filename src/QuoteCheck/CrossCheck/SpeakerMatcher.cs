using System.Collections.Frozen;
using QuoteCheck.Definitions;
using QuoteCheck.Quotes;

namespace QuoteCheck.CrossCheck;

/// <summary>
/// Decides whether two sources' speakers are one entity. Named people match on surname (the last word
/// of the name that is not a title: <c>Borrell</c>, <c>Josep Borrell</c>, <c>EU diplomatic chief Josep
/// Borrell</c>); anonymous, organisational and role-only descriptions (<c>a senior Brussels official</c>,
/// <c>Kosovo's prime minister</c>) are compatible with anything, because the text cannot tell us they differ.
/// </summary>
internal static class SpeakerMatcher
{
    private static readonly FrozenSet<string> RoleWords =
        WordList.Lines("role-words").SelectMany(static l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The folded surname of a named person, or null for anything that is not clearly a name.</summary>
    public static string? Surname(Speaker? speaker)
    {
        if (speaker is null || speaker.Kind != SpeakerKind.Person)
        {
            return null;
        }

        string? last = null;
        foreach (string raw in speaker.Name.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.Length == 0 || !char.IsUpper(raw[0]) || raw.EndsWith("'s", StringComparison.Ordinal) || raw.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                continue;
            }

            string folded = TextFolding.Fold(raw);
            if (folded.Length > 1 && !RoleWords.Contains(folded) && !folded.All(char.IsDigit))
            {
                last = folded;
            }
        }

        // A capitalised title alone ("Serbian President") has no name word left, or only a nationality:
        // require the last word of the name to be the one kept.
        string lastWord = TextFolding.Fold(speaker.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);
        return last is not null && string.Equals(last, lastWord, StringComparison.Ordinal) ? last : null;
    }

    /// <summary>Whether two speakers, given by their <see cref="Surname"/>s, are named people with different names: the words were given to someone else.</summary>
    public static bool AreDifferentPeople(string? x, string? y) =>
        x is not null && y is not null && !string.Equals(x, y, StringComparison.Ordinal);

    /// <summary>The display name: a named person's fullest name, else the description, else the unnamed phrase.</summary>
    public static string Display(Speaker? speaker)
    {
        if (speaker is null)
        {
            return Explanations.UnnamedSpeaker;
        }

        // "statement by the French and German leaders" reads as a noun phrase only with its article.
        bool needsArticle = speaker.Kind is SpeakerKind.Document or SpeakerKind.Organization
            && !speaker.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
            && !speaker.Name.StartsWith("a ", StringComparison.OrdinalIgnoreCase)
            && !speaker.Name.StartsWith("an ", StringComparison.OrdinalIgnoreCase)
            && char.IsLower(speaker.Name[0]);
        return needsArticle ? "the " + speaker.Name : speaker.Name;
    }
}
