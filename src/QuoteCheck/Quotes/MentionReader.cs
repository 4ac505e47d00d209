using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// Reads a speaker mention from the tokens that stand where a speaker would be: splits a role from a
/// name (<c>EU foreign policy chief</c> / <c>Josep Borrell</c>) and tells persons from bodies,
/// documents, anonymous sources and pronouns by their words (Definitions/speaker-*.txt).
/// </summary>
internal static class MentionReader
{
    public static Mention? Read(string text, List<Token> tokens, int from, int to, IReadOnlyList<ISpeakerPattern> patterns, WordClassTable classes)
    {
        // Punctuation at the edges (and the dot of "Mrs.") is not part of the mention.
        while (from < to && tokens[from].Kind != TokenKind.Word)
        {
            from++;
        }

        while (to > from && tokens[to - 1].Kind != TokenKind.Word)
        {
            to--;
        }

        if (from >= to)
        {
            return null;
        }

        TextSpan span = TextSpan.FromBounds(tokens[from].Start, tokens[to - 1].End);
        // By index: most calls pass no patterns, and a foreach asked the empty list for an enumerator each time.
        for (int p = 0; p < patterns.Count; p++)
        {
            ISpeakerPattern pattern = patterns[p];
            if (pattern.Match(text, span) is { } match && span.Contains(match.Span) && !match.Span.IsEmpty)
            {
                return new Mention(match.Span, MentionForm.Name, match.Kind, match.Span, default, false, default);
            }
        }

        ReadOnlySpan<char> first = Word(text, tokens[from]);
        if (to - from == 1 && tokens[from].Is(WordClass.Pronoun))
        {
            return new Mention(span, MentionForm.Pronoun, SpeakerKind.Person, span, default, true, default);
        }

        bool definite = false;
        TextSpan possessor = default;
        int body = from;
        if (tokens[from].Is(WordClass.Determiner))
        {
            definite = !first.Equals("a", StringComparison.OrdinalIgnoreCase) && !first.Equals("an", StringComparison.OrdinalIgnoreCase);
            if (first is "his" or "her" or "their" or "His" or "Her" or "Their" or "its" or "Its")
            {
                possessor = new TextSpan(tokens[from].Start, tokens[from].Length);
            }

            body++;
        }
        else if (to - from > 1 && AttributionWords.IsPossessive(first) && first.Length > 0 && char.IsUpper(first[0]))
        {
            definite = true; // "Kosovo's prime minister" points back like "the prime minister"
        }

        if (body >= to)
        {
            // "said another", "one said": an unnamed source.
            return new Mention(span, MentionForm.Description, SpeakerKind.Anonymous, span, default, false, default);
        }

        // "Macron and Merkel": names joined by "and" are a group.
        for (int k = body + 1; k < to - 1; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && Word(text, tokens[k]) is "and" or "&" && tokens[k - 1].Capitalized && tokens[k + 1].Capitalized)
            {
                TextSpan all = TextSpan.FromBounds(tokens[body].Start, tokens[to - 1].End);
                return new Mention(span, MentionForm.Group, SpeakerKind.Organization, all, default, definite, default);
            }
        }

        // The name is the run of capitalised words at the end that are not titles ("Serbian President | Aleksandar Vucic").
        int nameStart = to;
        while (nameStart > body)
        {
            Token t = tokens[nameStart - 1];
            if (t.Kind == TokenKind.Punct && text[t.Start] == '.' && nameStart - 2 >= body && IsInitialOrAbbreviation(tokens[nameStart - 2]))
            {
                if (tokens[nameStart - 2].Is(WordClass.Title))
                {
                    break; // "Mrs." before the name is a title
                }

                nameStart--;
                continue;
            }

            if (t.Kind != TokenKind.Word || !t.Capitalized)
            {
                break;
            }

            if ((classes.OfWithoutPossessive(text, t) & WordClass.Title) != 0 || (nameStart < to && AttributionWords.IsPossessive(Word(text, t))))
            {
                break;
            }

            nameStart--;
        }

        WordClass head = classes.OfWithoutPossessive(text, tokens[to - 1]);
        TextSpan afterDeterminer = TextSpan.FromBounds(tokens[body].Start, tokens[to - 1].End);
        if (nameStart < to)
        {
            if ((head & WordClass.Group) != 0)
            {
                return new Mention(span, MentionForm.Description, SpeakerKind.Organization, afterDeterminer, default, definite, possessor);
            }

            if ((head & WordClass.Document) != 0)
            {
                return new Mention(span, MentionForm.Description, SpeakerKind.Document, afterDeterminer, default, definite, possessor);
            }

            TextSpan name = TextSpan.FromBounds(tokens[nameStart].Start, tokens[to - 1].End);
            TextSpan role = nameStart > body ? TextSpan.FromBounds(tokens[body].Start, tokens[nameStart - 1].End) : default;
            return new Mention(span, MentionForm.Name, SpeakerKind.Person, name, role, definite, default);
        }

        SpeakerKind kind = (head & WordClass.Document) != 0 ? SpeakerKind.Document
            : (head & WordClass.Group) != 0 ? SpeakerKind.Organization
            : (head & WordClass.Anonymous) != 0 ? SpeakerKind.Anonymous
            : (head & WordClass.Title) != 0 ? SpeakerKind.Person
            : SpeakerKind.Anonymous;
        return new Mention(span, MentionForm.Description, kind, afterDeterminer, default, definite, possessor);
    }

    private static bool IsInitialOrAbbreviation(Token t) =>
        t.Kind == TokenKind.Word && (t.Length == 1 || t.Is(WordClass.Abbreviation));

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);
}
