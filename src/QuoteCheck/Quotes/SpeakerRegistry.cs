using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// Merges the speaker mentions of one document into speakers, in text order: a surname joins the
/// person with that surname (<c>Borrell</c> → <c>Josep Borrell</c>), a role joins the person who held it
/// (<c>the Serbian president</c> → <c>Aleksandar Vucic</c>), <c>he</c>/<c>she</c> the person mentioned
/// last, <c>the senior official</c> the anonymous source described the same way, <c>the statement</c>
/// the statement already cited. Names match with case and diacritics folded.
/// </summary>
/// <remarks>
/// Names are compared as folded word ids (<see cref="NameWordTable"/>) and kept as spans of the text;
/// strings are made only for the speakers <see cref="Build"/> is asked for. One instance per thread,
/// reused for each document after <see cref="Reset"/>; not thread-safe.
/// </remarks>
internal sealed class SpeakerRegistry
{
    private readonly NameWordTable _table = new();
    private readonly List<Entry> _entries = [];

    // Entries of earlier documents, reused (cleared) for new speakers.
    private readonly List<Entry> _spareEntries = [];
    private readonly List<Background> _background = [];

    // Word ids of background names and roles, and of entries' roles: each a range of this list.
    private readonly List<int> _pool = [];

    // The words of the mention being resolved.
    private readonly List<int> _words = [];
    private string _text = string.Empty;
    private int _lastPerson = -1;
    private int _lastOther = -1;

    /// <summary>Starts a new document.</summary>
    public void Reset(string text)
    {
        _text = text;
        _table.Trim();
        _spareEntries.AddRange(_entries);
        _entries.Clear();
        _background.Clear();
        _pool.Clear();
        _words.Clear();
        _lastPerson = -1;
        _lastOther = -1;
        if (_pool.Capacity > MaxKept || _background.Capacity > MaxKept || _entries.Capacity > MaxKept)
        {
            // A huge document's lists are not kept alive on the thread.
            (_pool.Capacity, _background.Capacity, _entries.Capacity) = (0, 0, 0);
        }

        if (_spareEntries.Count > MaxKeptEntries)
        {
            _spareEntries.Clear();
            _spareEntries.Capacity = 0;
        }
    }

    private const int MaxKept = 1 << 14;
    private const int MaxKeptEntries = 256;

    /// <summary>Records a person named anywhere in the text (not only next to a cue), in text order: it supplies
    /// fuller names and roles, and a subject of a sentence can be what a later <c>he</c> means.</summary>
    public void AddBackground(Mention mention, bool subject)
    {
        // A background name is only ever compared by its last word first (a surname), and most match no
        // speaker: its words are split when a surname matches (BackgroundNameWords), and only its last
        // word's hash is read now, unless that cannot be read apart from the split.
        ReadOnlySpan<char> name = mention.Name.Slice(_text);
        if (NameWordTable.TryLastWordHash(name, out int lastWord))
        {
            _background.Add(new Background(mention, subject, WordRange.NotRead, lastWord) { Role = WordRange.NotRead });
            return;
        }

        int offset = _pool.Count;
        int count = _table.AppendWords(name, _pool);
        _background.Add(new Background(mention, subject, new WordRange(offset, count), count > 0 ? _table.HashOf(_pool[^1]) : 0) { Role = WordRange.NotRead });
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

    /// <summary>Builds the immutable speakers whose indices are marked in <paramref name="wanted"/> into <paramref name="speakers"/> (one slot per entry); the others are set to null.</summary>
    public void Build(ReadOnlySpan<bool> wanted, Span<Speaker?> speakers)
    {
        speakers[.._entries.Count].Clear();
        for (int i = 0; i < _entries.Count; i++)
        {
            if (!wanted[i])
            {
                continue;
            }

            Entry e = _entries[i];
            if (e.Kind == SpeakerKind.Person && e.Surname >= 0)
            {
                int surnameHash = _table.HashOf(e.Surname);
                for (int b = 0; b < _background.Count; b++)
                {
                    // A different last-word hash is a different surname: the name's words are not needed.
                    if (Backgrounds[b].LastWord != surnameHash)
                    {
                        continue;
                    }

                    ReadOnlySpan<int> bParts = BackgroundNameWords(b);
                    if (bParts.Length > 0 && bParts[^1] == e.Surname && (e.FirstName < 0 || bParts.Length == 1 || bParts[0] == e.FirstName))
                    {
                        e.Mentions.Add(Backgrounds[b].Mention.Span);
                    }
                }
            }

            e.Mentions.Sort();
            speakers[i] = new Speaker(NameOf(e), e.Kind, e.Role.IsEmpty ? null : e.Role.Slice(_text).ToString(), Distinct(e.Mentions));
        }
    }

    // The sorted mentions without repeats.
    private static TextSpan[] Distinct(List<TextSpan> sorted)
    {
        int count = 0;
        for (int i = 0; i < sorted.Count; i++)
        {
            count += i == 0 || sorted[i] != sorted[i - 1] ? 1 : 0;
        }

        var result = new TextSpan[count];
        int n = 0;
        for (int i = 0; i < sorted.Count; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                result[n++] = sorted[i];
            }
        }

        return result;
    }

    private string NameOf(Entry e) => e.ComposedName ?? e.Name.Slice(_text).ToString();

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
                    ReadOnlySpan<Background> backgrounds = Backgrounds;
                    for (int b = backgrounds.Length - 1; b >= 0; b--)
                    {
                        if (backgrounds[b].Mention.Span.Start < m.Span.Start && backgrounds[b].Subject)
                        {
                            subject = b;
                            break;
                        }
                    }

                    if (subject >= 0 && backgrounds[subject].Mention.Span.Start > lastOffset)
                    {
                        return ResolvePerson(backgrounds[subject].Mention);
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
        NewEntry(SpeakerKind.Person, m.Span);
        return _entries.Count - 1;
    }

    private int ResolvePerson(Mention m)
    {
        TextSpan name = m.Name;
        _words.Clear();
        int partCount;
        int known = BackgroundNamed(name);
        if (known >= 0)
        {
            // Most names at a cue were read as background names first: their ids are taken, not split again.
            ReadOnlySpan<int> ids = BackgroundNameWords(known);
            _words.AddRange(ids);
            partCount = ids.Length;
        }
        else
        {
            partCount = _table.AppendWords(name.Slice(_text), _words);
        }

        int surname = partCount > 0 ? _words[^1] : _table.IdOfWhole(name.Slice(_text));
        int firstName = partCount > 1 ? _words[0] : -1;
        for (int i = _entries.Count - 1; i >= 0; i--)
        {
            Entry e = _entries[i];
            if (e.Kind != SpeakerKind.Person || e.Surname != surname)
            {
                continue;
            }

            if (firstName >= 0 && e.FirstName >= 0 && e.FirstName != firstName)
            {
                continue;
            }

            if (partCount > e.NameWords)
            {
                e.Name = name;
                e.ComposedName = null;
                e.NameWords = partCount;
                e.FirstName = firstName;
            }

            if (e.Role.IsEmpty && !m.Role.IsEmpty)
            {
                e.Role = m.Role;
                e.RoleWords = WordRange.NotRead;
            }

            return i;
        }

        TextSpan role = m.Role;
        int surnameHash = _table.HashOf(surname);
        for (int b = 0; b < _background.Count; b++)
        {
            // A different last-word hash is a different surname: the name's words are not needed.
            if (Backgrounds[b].LastWord != surnameHash)
            {
                continue;
            }

            ReadOnlySpan<int> bParts = BackgroundNameWords(b);
            if (bParts.Length > partCount && bParts[^1] == surname && (firstName < 0 || bParts[0] == firstName))
            {
                Mention bm = Backgrounds[b].Mention;
                (name, partCount, firstName) = (bm.Name, bParts.Length, bParts[0]);
                if (role.IsEmpty)
                {
                    role = bm.Role;
                }
            }
        }

        Entry created = NewEntry(SpeakerKind.Person, name);
        created.NameWords = partCount;
        created.Surname = surname;
        created.FirstName = firstName;
        created.Role = role;
        return _entries.Count - 1;
    }

    private int ResolveDescription(Mention m)
    {
        // An anonymous source keeps its article: "a senior official" reads as unnamed, "senior official" does not.
        TextSpan descriptionSpan = m.Kind == SpeakerKind.Anonymous && m.Possessor.IsEmpty ? m.Span : m.Name;
        string? composed = null;
        _words.Clear();
        int wordCount = _table.AppendWords(descriptionSpan.Slice(_text), _words);
        int head = wordCount > 0 ? _words[^1] : _table.IdOfWhole(descriptionSpan.Slice(_text));

        // "the Serbian president" is the person whose role was given with those words.
        if (m.Kind == SpeakerKind.Person && m.Definite)
        {
            for (int i = _entries.Count - 1; i >= 0; i--)
            {
                Entry e = _entries[i];
                if (e.Kind == SpeakerKind.Person && !e.Role.IsEmpty && CoversAll(EntryRoleWords(e)))
                {
                    return i;
                }
            }

            for (int b = _background.Count - 1; b >= 0; b--)
            {
                if (Backgrounds[b].Mention.Span.Start < m.Span.Start && !Backgrounds[b].Mention.Role.IsEmpty && CoversAll(BackgroundRoleWords(b)))
                {
                    return ResolvePerson(Backgrounds[b].Mention);
                }
            }
        }

        // "his office": the office of the person meant by "his".
        if (!m.Possessor.IsEmpty && _lastPerson >= 0 && m.Kind != SpeakerKind.Person)
        {
            composed = NameOf(_entries[_lastPerson]) + "'s " + descriptionSpan.Slice(_text).ToString();
            _words.Clear();
            wordCount = _table.AppendWords(composed, _words);
        }

        char firstChar = composed is not null ? composed[0] : _text[descriptionSpan.Start];
        if (m.Definite || m.Form == MentionForm.Group || (m.Kind is SpeakerKind.Organization && char.IsUpper(firstChar)))
        {
            for (int i = _entries.Count - 1; i >= 0; i--)
            {
                Entry e = _entries[i];
                if (e.Kind != m.Kind || e.Head != head)
                {
                    continue;
                }

                HashSet<int> entryWords = e.Words!;
                bool compatible = AllIn(entryWords) || AllOf(entryWords);
                if (!compatible)
                {
                    continue;
                }

                if (wordCount > entryWords.Count)
                {
                    e.Name = descriptionSpan;
                    e.ComposedName = composed;
                    foreach (int w in _words)
                    {
                        entryWords.Add(w);
                    }
                }

                return i;
            }
        }

        Entry described = NewEntry(m.Kind, descriptionSpan);
        described.ComposedName = composed;
        described.NameWords = wordCount;
        described.Surname = head;
        described.Head = head;
        described.Words ??= [];
        foreach (int w in _words)
        {
            described.Words.Add(w);
        }

        return _entries.Count - 1;
    }

    private Entry NewEntry(SpeakerKind kind, TextSpan name)
    {
        Entry e;
        if (_spareEntries.Count > 0)
        {
            e = _spareEntries[^1];
            _spareEntries.RemoveAt(_spareEntries.Count - 1);
            e.Clear();
        }
        else
        {
            e = new Entry();
        }

        e.Kind = kind;
        e.Name = name;
        _entries.Add(e);
        return e;
    }

    // Whether every word of the mention is among the role's (distinct) words: Intersect(role, words).Count() == words.Length.
    private bool CoversAll(ReadOnlySpan<int> role)
    {
        int distinctShared = 0;
        for (int i = 0; i < role.Length; i++)
        {
            if (role[..i].Contains(role[i]))
            {
                continue;
            }

            if (_words.Contains(role[i]))
            {
                distinctShared++;
            }
        }

        return distinctShared == _words.Count;
    }

    private bool AllIn(HashSet<int> set)
    {
        foreach (int w in _words)
        {
            if (!set.Contains(w))
            {
                return false;
            }
        }

        return true;
    }

    private bool AllOf(HashSet<int> set)
    {
        foreach (int w in set)
        {
            if (!_words.Contains(w))
            {
                return false;
            }
        }

        return true;
    }

    private ReadOnlySpan<int> EntryRoleWords(Entry e)
    {
        if (e.RoleWords.Offset < 0)
        {
            e.RoleWords = Split(e.Role);
        }

        return Ids(e.RoleWords);
    }

    // The word ids of background b's name, split the first time they are asked for.
    private ReadOnlySpan<int> BackgroundNameWords(int b)
    {
        if (_background[b].Name.Offset < 0)
        {
            _background[b] = _background[b] with { Name = Split(_background[b].Mention.Name) };
        }

        return Ids(_background[b].Name);
    }

    private ReadOnlySpan<int> BackgroundRoleWords(int b)
    {
        if (_background[b].Role.Offset < 0)
        {
            _background[b] = _background[b] with { Role = Split(_background[b].Mention.Role) };
        }

        return Ids(_background[b].Role);
    }

    /// <summary>Splits a stretch of the text into word ids at the end of the pool, and says where they are.</summary>
    private WordRange Split(TextSpan span)
    {
        int offset = _pool.Count;
        return new WordRange(offset, _table.AppendWords(span.Slice(_text), _pool));
    }

    // The background whose name is exactly this span of the text, or -1: background names are added in
    // text order and never overlap, so their starts increase and a binary search finds it.
    private int BackgroundNamed(TextSpan name)
    {
        ReadOnlySpan<Background> all = Backgrounds;
        int lo = 0, hi = all.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            TextSpan candidate = all[mid].Mention.Name;
            if (candidate.Start == name.Start)
            {
                return candidate == name ? mid : -1;
            }

            if (candidate.Start < name.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    // The background names read in place: each is a mention and more, and a copy per step of every walk over them cost more than the test.
    private ReadOnlySpan<Background> Backgrounds => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_background);

    private ReadOnlySpan<int> Ids(WordRange range) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pool).Slice(range.Offset, range.Count);

    /// <summary>A run of word ids in the registry's pool; <see cref="NotRead"/> until the words are needed.</summary>
    private readonly record struct WordRange(int Offset, int Count)
    {
        public static WordRange NotRead => new(-1, 0);
    }

    /// <summary>A person named anywhere in the text, with the word ids of the name and, once read, of the role.</summary>
    // LastWord: the hash of the name's last word (NameWordTable.HashOf), 0 for a name with no words; Name is NotRead until split.
    private readonly record struct Background(Mention Mention, bool Subject, WordRange Name, int LastWord)
    {
        public WordRange Role { get; init; }
    }

    /// <summary>A speaker being built; reused for later documents after <see cref="Clear"/>.</summary>
    private sealed class Entry
    {
        public SpeakerKind Kind { get; set; }

        /// <summary>Where the canonical name stands in the text, unless <see cref="ComposedName"/> is set.</summary>
        public TextSpan Name { get; set; }

        /// <summary>A name made up from two places (<c>Aleksandar Vucic's office</c>); null when <see cref="Name"/> is the text's.</summary>
        public string? ComposedName { get; set; }

        public int NameWords { get; set; }

        /// <summary>The surname's (or a description's head word's) id; -1 for none.</summary>
        public int Surname { get; set; } = -1;

        /// <summary>The first name's id; -1 for none.</summary>
        public int FirstName { get; set; } = -1;

        /// <summary>The role as given in the text; empty for none.</summary>
        public TextSpan Role { get; set; }

        public WordRange RoleWords { get; set; } = WordRange.NotRead;

        /// <summary>A description's head word id; -1 for a person named by name.</summary>
        public int Head { get; set; } = -1;

        /// <summary>A description's distinct word ids; read only when <see cref="Head"/> is set (it may hold a cleared set otherwise).</summary>
        public HashSet<int>? Words { get; set; }

        public List<TextSpan> Mentions { get; } = [];

        public void Clear()
        {
            Kind = default;
            Name = default;
            ComposedName = null;
            NameWords = 0;
            Surname = -1;
            FirstName = -1;
            Role = default;
            RoleWords = WordRange.NotRead;
            Head = -1;
            Words?.Clear();
            Mentions.Clear();
        }
    }
}
