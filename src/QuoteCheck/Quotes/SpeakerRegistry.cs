using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// Merges the speaker mentions of one document into speakers, in text order: a surname joins the
/// person with that surname (<c>Borrell</c> → <c>Josep Borrell</c>), a role joins the person who held it
/// (<c>the Serbian president</c> → <c>Aleksandar Vucic</c>), <c>he</c>/<c>she</c> the person mentioned
/// last, <c>the senior official</c> the anonymous source described the same way, <c>the statement</c>
/// the statement already cited. Names match with case and diacritics folded.
/// </summary>
internal sealed class SpeakerRegistry
{
    private readonly string _text;
    private readonly List<Entry> _entries = [];
    private int _lastPerson = -1;
    private int _lastOther = -1;
    private readonly List<Mention> _background = [];
    private readonly List<bool> _backgroundSubject = [];
    private readonly List<string[]> _backgroundWords = [];

    public SpeakerRegistry(string text) => _text = text;

    /// <summary>Records a person named anywhere in the text (not only next to a cue), in text order: it supplies
    /// fuller names and roles, and a subject of a sentence can be what a later <c>he</c> means.</summary>
    public void AddBackground(Mention mention, bool subject)
    {
        _background.Add(mention);
        _backgroundSubject.Add(subject);
        _backgroundWords.Add(Words(mention.Name.Slice(_text).ToString()));
    }

    public int Count => _entries.Count;

    /// <summary>Resolves a mention to a speaker, creating one when needed; -1 when it cannot be resolved (an unresolvable pronoun).</summary>
    public int Add(Mention mention)
    {
        int index = Resolve(mention);
        if (index >= 0)
        {
            Entry e = _entries[index];
            e.Mentions.Add(mention.Span);
            if (e.Kind == SpeakerKind.Person)
            {
                _lastPerson = index;
            }
            else
            {
                _lastOther = index;
            }
        }

        return index;
    }

    /// <summary>The most recently mentioned person, if any.</summary>
    public int LastPerson => _lastPerson;

    /// <summary>Builds the immutable speakers, in order of first mention (the order of their indices).</summary>
    public Speaker[] Build()
    {
        var speakers = new Speaker[_entries.Count];
        for (int i = 0; i < _entries.Count; i++)
        {
            Entry e = _entries[i];
            if (e.Kind == SpeakerKind.Person && e.Surname is not null)
            {
                for (int b = 0; b < _background.Count; b++)
                {
                    string[] bParts = _backgroundWords[b];
                    if (bParts.Length > 0 && bParts[^1] == e.Surname && (e.FirstName is null || bParts.Length == 1 || bParts[0] == e.FirstName))
                    {
                        e.Mentions.Add(_background[b].Span);
                    }
                }
            }

            e.Mentions.Sort();
            speakers[i] = new Speaker(e.Name, e.Kind, e.Role, [.. e.Mentions.Distinct()]);
        }

        return speakers;
    }

    private int Resolve(Mention m)
    {
        switch (m.Form)
        {
            case MentionForm.Pronoun:
            {
                ReadOnlySpan<char> p = m.Span.Slice(_text);
                if (p.Equals("he", StringComparison.OrdinalIgnoreCase) || p.Equals("she", StringComparison.OrdinalIgnoreCase))
                {
                    int lastOffset = _lastPerson >= 0 ? _entries[_lastPerson].Mentions[^1].Start : -1;
                    int subject = -1;
                    for (int b = _background.Count - 1; b >= 0; b--)
                    {
                        if (_background[b].Span.Start < m.Span.Start && _backgroundSubject[b])
                        {
                            subject = b;
                            break;
                        }
                    }

                    if (subject >= 0 && _background[subject].Span.Start > lastOffset)
                    {
                        return ResolvePerson(_background[subject]);
                    }

                    return _lastPerson >= 0 ? _lastPerson : NewUnresolved(m);
                }

                if (p.Equals("they", StringComparison.OrdinalIgnoreCase) || p.Equals("it", StringComparison.OrdinalIgnoreCase))
                {
                    return _lastOther >= 0 ? _lastOther : _lastPerson;
                }

                return NewUnresolved(m);
            }

            case MentionForm.Name when m.Kind == SpeakerKind.Person:
                return ResolvePerson(m);

            default:
                return ResolveDescription(m);
        }
    }

    // A pronoun with no one before it to mean: kept as its own speaker, so the quote stays attributed.
    private int NewUnresolved(Mention m)
    {
        _entries.Add(new Entry { Kind = SpeakerKind.Person, Name = m.Span.Slice(_text).ToString(), Words = [] });
        return _entries.Count - 1;
    }

    private int ResolvePerson(Mention m)
    {
        string name = m.Name.Slice(_text).ToString();
        string[] parts = Words(name);
        string surname = parts.Length > 0 ? parts[^1] : NameFolding.Fold(name);
        string? firstName = parts.Length > 1 ? parts[0] : null;
        for (int i = _entries.Count - 1; i >= 0; i--)
        {
            Entry e = _entries[i];
            if (e.Kind != SpeakerKind.Person || e.Surname != surname)
            {
                continue;
            }

            if (firstName is not null && e.FirstName is not null && e.FirstName != firstName)
            {
                continue;
            }

            if (parts.Length > e.NameWords)
            {
                e.Name = name;
                e.NameWords = parts.Length;
                e.FirstName = firstName;
            }

            if (e.Role is null && !m.Role.IsEmpty)
            {
                e.Role = m.Role.Slice(_text).ToString();
            }

            return i;
        }

        string? role = m.Role.IsEmpty ? null : m.Role.Slice(_text).ToString();
        for (int i = 0; i < _background.Count; i++)
        {
            string[] bParts = _backgroundWords[i];
            if (bParts.Length > parts.Length && bParts[^1] == surname && (firstName is null || bParts[0] == firstName))
            {
                Mention b = _background[i];
                (name, parts, firstName) = (b.Name.Slice(_text).ToString(), bParts, bParts[0]);
                role ??= b.Role.IsEmpty ? null : b.Role.Slice(_text).ToString();
            }
        }

        _entries.Add(new Entry
        {
            Kind = SpeakerKind.Person,
            Name = name,
            NameWords = parts.Length,
            Surname = surname,
            FirstName = firstName,
            Role = role,
            Words = [],
        });
        return _entries.Count - 1;
    }

    private int ResolveDescription(Mention m)
    {
        // An anonymous source keeps its article: "a senior official" reads as unnamed, "senior official" does not.
        string description = (m.Kind == SpeakerKind.Anonymous && m.Possessor.IsEmpty ? m.Span : m.Name).Slice(_text).ToString();
        string[] words = Words(description);
        string head = words.Length > 0 ? words[^1] : NameFolding.Fold(description);

        // "the Serbian president" is the person whose role was given with those words.
        if (m.Kind == SpeakerKind.Person && m.Definite)
        {
            for (int i = _entries.Count - 1; i >= 0; i--)
            {
                Entry e = _entries[i];
                if (e.Kind == SpeakerKind.Person && e.Role is not null && Words(e.Role).Intersect(words).Count() == words.Length)
                {
                    return i;
                }
            }
        }

        if (m.Kind == SpeakerKind.Person && m.Definite)
        {
            for (int b = _background.Count - 1; b >= 0; b--)
            {
                Mention bm = _background[b];
                if (bm.Span.Start < m.Span.Start && !bm.Role.IsEmpty && Words(bm.Role.Slice(_text).ToString()).Intersect(words).Count() == words.Length)
                {
                    return ResolvePerson(bm);
                }
            }
        }

        // "his office": the office of the person meant by "his".
        if (!m.Possessor.IsEmpty && _lastPerson >= 0 && m.Kind != SpeakerKind.Person)
        {
            description = _entries[_lastPerson].Name + "'s " + description;
            words = Words(description);
        }

        if (m.Definite || m.Form == MentionForm.Group || (m.Kind is SpeakerKind.Organization && char.IsUpper(description[0])))
        {
            for (int i = _entries.Count - 1; i >= 0; i--)
            {
                Entry e = _entries[i];
                if (e.Kind != m.Kind || e.Head != head)
                {
                    continue;
                }

                bool compatible = words.All(e.Words.Contains) || e.Words.All(words.Contains);
                if (!compatible)
                {
                    continue;
                }

                if (words.Length > e.Words.Count)
                {
                    e.Name = description;
                    e.Words.UnionWith(words);
                }

                return i;
            }
        }

        _entries.Add(new Entry
        {
            Kind = m.Kind,
            Name = description,
            NameWords = words.Length,
            Surname = head,
            Head = head,
            Words = [.. words],
        });
        return _entries.Count - 1;
    }

    private static readonly string[] Ignored = ["a", "an", "the", "of", "and", "his", "her", "their", "its"];

    private static string[] Words(string s)
    {
        var list = new List<string>();
        foreach (string w in NameFolding.Fold(s).Split([' ', ',', '.', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            string word = w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w.TrimEnd('\'');
            if (word.Length > 0 && !Ignored.Contains(word))
            {
                list.Add(word);
            }
        }

        return [.. list];
    }

    private sealed class Entry
    {
        public SpeakerKind Kind { get; init; }

        public required string Name { get; set; }

        public int NameWords { get; set; }

        public string? Surname { get; init; }

        public string? FirstName { get; set; }

        public string? Role { get; set; }

        public string? Head { get; init; }

        public required HashSet<string> Words { get; init; }

        public List<TextSpan> Mentions { get; } = [];
    }
}
