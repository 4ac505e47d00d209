using QuoteCheck.Text;

namespace QuoteCheck.Quotes;

/// <summary>
/// Attributes the quotations of one document and finds its reported speech, sentence by sentence,
/// over tokens in which each quotation is a single token.
/// </summary>
/// <remarks>
/// For each cue (<c>said</c>, <c>told</c>, <c>according to</c>) it finds the speaker on the side news
/// puts it (<c>X said</c>, <c>"…," said X</c>, <c>according to X</c>, <c>…, saying</c> takes the subject)
/// and the content (after the cue, or before it when the cue closes the sentence). A quotation that
/// is the whole content is direct; one inside reported words is partial and the reported words are
/// indirect speech. A quotation that makes up its own sentence with no cue continues the last speaker
/// of the paragraph or the one before; any other quotation with no cue is unattributed.
/// One instance per thread, reused for each document after <see cref="Reset"/>; not thread-safe.
/// </remarks>
internal sealed class QuoteAttributor
{
    private const int MaxSpeakerTokens = 14;

    /// <summary>
    /// The most tokens one sentence is attributed over at a time (a quotation counts as one token).
    /// </summary>
    /// <remarks>
    /// Attribution compares each cue with the others of its sentence, which costs the square (or
    /// more) of the sentence's length. News sentences run to a few dozen tokens; text with no sentence
    /// breaks at all (a transcript without punctuation, binary noise, <c>.</c> followed by a control
    /// character) is cut into windows of this many tokens, preferring a stop, comma or semicolon in the
    /// last quarter of the window, so the time stays linear in the paragraph.
    /// </remarks>
    internal const int MaxSentenceTokens = 400;
    private const int LookAhead = 8;

    /// <summary>Reported content shorter than this (in words) must open like a clause to count as speech.</summary>
    private const int MinReportedWords = 6;

    private readonly List<QuotedSpan> _quotes = [];
    // The current paragraph's tokens: one of _paragraphLists, never a copy.
    private List<Token> _tokens = [];
    private readonly List<Hit> _hits = new(8);
    private string _text = string.Empty;
    private CueLexicon _cues = CueLexicon.Default;
    private IReadOnlyList<ISpeakerPattern> _patterns = [];
    // For each quotation, where its FoundQuote is in Found; -1 for none yet.
    private int[] _byQuote = [];
    private int _lastSpeaker = -1;
    private int _lastSpeakerParagraph = -2;

    /// <summary>The quotations of the document, in text order: filled by <see cref="QuoteScanner"/> before <see cref="Run"/>.</summary>
    public List<QuotedSpan> Marks => _quotes;

    /// <summary>Quotation spans of earlier documents, for <see cref="QuoteScanner"/> to reuse (none is referenced any more).</summary>
    public List<QuotedSpan> SpareMarks { get; } = [];

    public SpeakerRegistry Registry { get; } = new();

    public List<FoundQuote> Found { get; } = [];

    /// <summary>Starts a new document: every buffer is kept, every result cleared.</summary>
    public void Reset(string text, CueLexicon cues, IReadOnlyList<ISpeakerPattern> patterns)
    {
        _text = text;
        _cues = cues;
        _patterns = patterns;
        _quotes.Clear();
        Found.Clear();
        _headingQuotes.Clear();
        _documentTokenCount = 0;

        _hits.Clear();
        _lastSpeaker = -1;
        _lastSpeakerParagraph = -2;
        Registry.Reset(text);
    }

    // Per-document scratch for QuoteExtractor: which registry entries a quote uses, and their built speakers.
    private bool[] _usedSpeakers = new bool[64];
    private Speaker?[] _builtSpeakers = new Speaker?[64];

    /// <summary>A cleared flag per registry entry, valid until <see cref="Release"/>.</summary>
    public Span<bool> UsedSpeakers(int count)
    {
        if (_usedSpeakers.Length < count)
        {
            _usedSpeakers = new bool[Math.Max(count, _usedSpeakers.Length * 2)];
        }

        Span<bool> used = _usedSpeakers.AsSpan(0, count);
        used.Clear();
        return used;
    }

    /// <summary>A slot per registry entry for <see cref="SpeakerRegistry.Build"/>, valid until <see cref="Release"/>.</summary>
    public Span<Speaker?> BuiltSpeakers(int count)
    {
        if (_builtSpeakers.Length < count)
        {
            _builtSpeakers = new Speaker?[Math.Max(count, _builtSpeakers.Length * 2)];
        }

        return _builtSpeakers.AsSpan(0, count);
    }

    /// <summary>Lets go of the document once its results are read; buffers grown by a huge document are given back.</summary>
    public void Release()
    {
        _text = string.Empty;
        Array.Clear(_builtSpeakers); // no speaker of this document stays reachable from the thread

        // The quotation spans are made again for every document: kept for the next one instead (the found
        // quotes that point at them are cleared here too).
        Found.Clear();
        SpareMarks.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_quotes)[..Math.Min(_quotes.Count, Math.Max(0, MaxSpareMarks - SpareMarks.Count))]);
        _quotes.Clear();
        Registry.Reset(string.Empty);
        if (_documentTokenCount > MaxKeptTokens || _paragraphLists.Count > MaxKeptParagraphs)
        {
            _paragraphLists.Clear();
            _tokens = [];
            _quotes.Capacity = 0;
            Found.Capacity = 0;
            _byQuote = [];
            _contentBefore = [];
            _wordsBefore = [];
            _nextQuote = [];
            _lastHitStartingAt = [];
            _lastHitOrSpeakerAt = [];
            _mayAttribute = new bool[64];
        }
        else if (KeptTokenRoom() > MaxKeptTokenRoom)
        {
            // Each paragraph list keeps the largest paragraph it has held at its index, over many documents: bounded
            // here, not by one document's tokens.
            _paragraphLists.Clear();
            _tokens = [];
        }

        if (_alnumBits.Length > MaxKeptTokens / 64)
        {
            _alnumBits = new ulong[64]; // a huge paragraph's map is not kept on the thread
        }

        if (_builtSpeakers.Length > MaxKeptSpeakers)
        {
            (_usedSpeakers, _builtSpeakers) = (new bool[64], new Speaker?[64]);
        }
    }

    public void Run(DocumentLayout layout, CancellationToken cancellationToken)
    {
        if (_byQuote.Length < _quotes.Count)
        {
            _byQuote = new int[Math.Max(_quotes.Count, _byQuote.Length * 2)];
        }

        Array.Fill(_byQuote, -1, 0, _quotes.Count);
        FindNames(layout);
        for (int p = 0; p < layout.Paragraphs.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The paragraph's tokens, as FindNames read them.
            // A paragraph with no quotation and no word that can start a cue gives no cue, speaker or quote:
            // its sentences are not read (its names were taken by FindNames).
            if (!_mayAttribute[p])
            {
                continue;
            }

            _tokens = _paragraphLists[p];
            if (IsHeading())
            {
                continue;
            }

            IndexParagraph();

            int start = 0;
            int softBreak = -1;
            // A word never ends a sentence: only the other tokens are asked (through a span, as this visits every token).
            ReadOnlySpan<Token> tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens);
            for (int k = 0; k < tokens.Length; k++)
            {
                if (tokens[k].Kind != TokenKind.Word && EndsSentence(k))
                {
                    Sentence(start, k + 1, p);
                    start = k + 1;
                    softBreak = -1;
                    continue;
                }

                if (k - start >= MaxSentenceTokens * 3 / 4 && (IsPunct(k, ',') || IsPunct(k, ';') || IsPunct(k, '.', '!', '?')))
                {
                    softBreak = k;
                }

                if (k + 1 - start >= MaxSentenceTokens)
                {
                    int end = softBreak >= 0 ? softBreak + 1 : k + 1;
                    Sentence(start, end, p);
                    start = end;
                    softBreak = -1;
                }
            }

            if (start < tokens.Length)
            {
                Sentence(start, tokens.Length, p);
            }
        }

        // Quotes that no sentence attributed are unattributed.
        for (int q = 0; q < _quotes.Count; q++)
        {
            if (_byQuote[q] < 0 && !_headingQuotes.Contains(q))
            {
                Emit(q, QuoteKind.Unattributed, -1, null, null);
            }
        }
    }

    private readonly HashSet<int> _headingQuotes = [];

    /// <summary>The most quotation spans kept for reuse.</summary>
    private const int MaxSpareMarks = 1024;

    /// <summary>Past this many speaker slots the scratch arrays are given back after use.</summary>
    private const int MaxKeptSpeakers = 4096;

    /// <summary>Past this many paragraphs a document's buffers are given back after use.</summary>
    private const int MaxKeptParagraphs = 4096;

    /// <summary>Past this many tokens a document's buffers are given back after use.</summary>
    private const int MaxKeptTokens = 1 << 16;

    // Every paragraph's tokens, read once by FindNames and reused by Run: paragraph p's are _paragraphLists[p],
    // each list kept for the same paragraph of later documents (copying each paragraph's tokens into one
    // list and back out cost a copy of every token twice).
    private readonly List<List<Token>> _paragraphLists = [];
    private int _documentTokenCount;

    /// <summary>Past this much room for tokens in all paragraph lists together, the lists are given back after use.</summary>
    private const int MaxKeptTokenRoom = 1 << 18;

    private int KeptTokenRoom()
    {
        int room = 0;
        foreach (List<Token> list in _paragraphLists)
        {
            room += list.Capacity;
        }

        return room;
    }

    // Per paragraph: whether it holds a quotation or a word that can start a cue (from the tokenizer).
    private bool[] _mayAttribute = new bool[64];

    // The tokenizer's bit map of a paragraph's letters and digits, kept for the next paragraph.
    private ulong[] _alnumBits = new ulong[64];

    // Per token of the current paragraph: non-punctuation tokens before it, words before it (a quotation
    // counts two), and the first quotation at or after it.
    private int[] _contentBefore = [];
    private int[] _wordsBefore = [];
    private int[] _nextQuote = [];

    // A first pass for the people the text names anywhere: runs of capitalised words with a title or two
    // names ("Serbian President Aleksandar Vucic", "Josep Borrell").
    private void FindNames(DocumentLayout layout)
    {
        int cursor = 0;
        // By index: a foreach over the IReadOnlyList allocated an enumerator per document.
        IReadOnlyList<TextSpan> paragraphs = layout.Paragraphs;
        if (_mayAttribute.Length < paragraphs.Count)
        {
            _mayAttribute = new bool[Math.Max(paragraphs.Count, _mayAttribute.Length * 2)];
        }

        for (int p = 0; p < paragraphs.Count; p++)
        {
            TextSpan paragraph = paragraphs[p];
            if (p == _paragraphLists.Count)
            {
                _paragraphLists.Add([]);
            }

            _tokens = _paragraphLists[p];
            _mayAttribute[p] = Tokenizer.Tokenize(_text, paragraph, _quotes, ref cursor, _tokens, ref _alnumBits, _cues.Classes);
            _documentTokenCount += _tokens.Count;
            // Read through a span: this loop visits every token of the document.
            ReadOnlySpan<Token> tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens);
            int k = 0;
            while (k < tokens.Length)
            {
                if (!(tokens[k].Kind == TokenKind.Word && tokens[k].Capitalized))
                {
                    k++;
                    continue;
                }

                int start = k;
                while (k < tokens.Length && ((tokens[k].Kind == TokenKind.Word && (tokens[k].Capitalized || tokens[k].Is(WordClass.Title)))
                    || (IsPunct(k, '.') && k > start && tokens[k - 1].End == tokens[k].Start && tokens[k - 1].Length <= 4 && k + 1 < tokens.Length && tokens[k + 1].Capitalized)))
                {
                    k++;
                }

                if (k - start >= 2 && MentionReader.Read(_text, _tokens, start, k, [], _cues.Classes) is { Form: MentionForm.Name, Kind: SpeakerKind.Person } mention
                    && (!mention.Role.IsEmpty || mention.Name.Slice(_text).Contains(' ')))
                {
                    bool subject = start == 0 || IsPunct(start - 1, ',') || IsPunct(start - 1, '.') || _tokens[start - 1].Kind == TokenKind.Quote;
                    Registry.AddBackground(mention, subject);
                }
            }
        }
    }

    // Counts over the paragraph's tokens, so that "how many words between a and b" costs two reads, not a
    // walk: attribution asks it for every cue, and a long sentence full of cues would make it quadratic.
    private void IndexParagraph()
    {
        int n = _tokens.Count;
        if (_contentBefore.Length < n + 1)
        {
            int size = Math.Max(n + 1, _contentBefore.Length * 2);
            _contentBefore = new int[size];
            _wordsBefore = new int[size];
            _nextQuote = new int[size];
        }

        // Through spans: this runs over every token of the document, and each list read was bounds-checked twice.
        ReadOnlySpan<Token> tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens);
        Span<int> contentBefore = _contentBefore.AsSpan(0, n + 1);
        Span<int> wordsBefore = _wordsBefore.AsSpan(0, n + 1);
        Span<int> nextQuote = _nextQuote.AsSpan(0, n + 1);
        int content = 0, words = 0;
        for (int k = 0; k < tokens.Length; k++)
        {
            contentBefore[k] = content;
            wordsBefore[k] = words;
            TokenKind kind = tokens[k].Kind;
            content += kind != TokenKind.Punct ? 1 : 0;
            words += kind == TokenKind.Word ? 1 : kind == TokenKind.Quote ? 2 : 0;
        }

        contentBefore[n] = content;
        wordsBefore[n] = words;
        int next = n;
        nextQuote[n] = n;
        for (int k = n - 1; k >= 0; k--)
        {
            if (tokens[k].Kind == TokenKind.Quote)
            {
                next = k;
            }

            nextQuote[k] = next;
        }
    }

    // "- 'Beginning of the story' -": a cross-heading, nobody's quote.
    private bool IsHeading()
    {
        int n = _tokens.Count;
        if (n < 2 || n > 4)
        {
            return false;
        }

        bool dashes = IsPunct(0, '-', '\u2013', '\u2014') && IsPunct(n - 1, '-', '\u2013', '\u2014');
        int quote = -1;
        for (int k = 0; k < n; k++)
        {
            if (_tokens[k].Kind == TokenKind.Quote)
            {
                quote = _tokens[k].QuoteIndex;
            }
        }

        if (dashes && quote >= 0)
        {
            _headingQuotes.Add(quote);
            return true;
        }

        return false;
    }

    private bool IsTitleCase(int s, int e)
    {
        // Asked of every sentence, nearly all of which fail it: the walk stops once the words not capitalised
        // are too many for the rest of the sentence to bring the capitalised to 80% (capitalised >= 4 x others).
        ReadOnlySpan<Token> tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens);
        int words = 0, capitalised = 0;
        for (int k = s; k < e; k++)
        {
            ref readonly Token t = ref tokens[k];
            if (t.Kind == TokenKind.Word && char.IsLetter(_text[t.Start]))
            {
                words++;
                capitalised += t.Capitalized ? 1 : 0;
                if (capitalised + (e - k - 1) < 4 * (words - capitalised))
                {
                    return false;
                }
            }
        }

        return words >= 4 && capitalised * 10 >= words * 8;
    }

    private bool EndsSentence(int k)
    {
        Token t = _tokens[k];
        if (t.Kind == TokenKind.Quote)
        {
            return QuoteEndsSentence(k);
        }

        if (t.Kind != TokenKind.Punct || _text[t.Start] is not ('.' or '!' or '?'))
        {
            return false;
        }

        if (k + 1 >= _tokens.Count)
        {
            return true;
        }

        Token next = _tokens[k + 1];
        bool startsSentence = next.Kind == TokenKind.Quote || next.Capitalized || (next.Kind == TokenKind.Word && char.IsDigit(_text[next.Start]));
        if (!startsSentence)
        {
            return false;
        }

        if (_text[t.Start] == '.' && k > 0 && _tokens[k - 1] is { Kind: TokenKind.Word } prev && prev.End == t.Start)
        {
            ReadOnlySpan<char> w = Word(prev);
            if ((w.Length == 1 && char.IsUpper(w[0])) || w.Contains('.') || prev.Is(WordClass.Abbreviation))
            {
                return false;
            }
        }

        return true;
    }

    // "…it." Of Carson, Levine said: a quotation whose words end a sentence ends the reporter's sentence
    // too, unless a speaker and cue follow it ("…it!" Trump said).
    private bool QuoteEndsSentence(int k)
    {
        QuotedSpan quote = _quotes[_tokens[k].QuoteIndex];
        int last = Math.Min(quote.ContentEnd, _tokens[k].End) - 1;
        while (last > quote.ContentStart && (char.IsWhiteSpace(_text[last]) || QuoteMarks.IsSingle(_text[last])))
        {
            last--;
        }

        if (k + 1 >= _tokens.Count || last < 0 || _text[last] is not ('.' or '!' or '?' or '\u2026'))
        {
            return false;
        }

        Token next = _tokens[k + 1];
        if (!(next.Capitalized || next.Kind == TokenKind.Quote))
        {
            return false;
        }

        for (int j = k + 1; j < _tokens.Count && j <= k + 5; j++)
        {
            if (_tokens[j].Kind != TokenKind.Word)
            {
                return true;
            }

            int n = j > k + 1 ? _cues.MatchAt(_text, _tokens, j, _tokens.Count) : 0;
            if (n > 0)
            {
                // ""Q." He said." continues the sentence; ""Q." It said that …" starts one.
                return !(j + n >= _tokens.Count || _tokens[j + n].Kind == TokenKind.Punct);
            }

            if (!(_tokens[j].Capitalized || _tokens[j].Is(WordClass.Determiner | WordClass.Title | WordClass.Anonymous)))
            {
                return true;
            }
        }

        return true;
    }

    private void Sentence(int s, int e, int paragraph)
    {
        // A headline (Every Word Capitalised) has its verbs capitalised too: those are not read as cues.
        FindCues(s, e, headline: IsTitleCase(s, e));

        // Most sentences hold no cue: speakers and content are found only from cues, and FindContent's
        // per-token index of the sentence would be cleared for nothing.
        if (_hits.Count > 0)
        {
            FindSpeakers(s, e);
            FindContent(s, e);
        }

        // The quotations of the sentence, from one to the next by IndexParagraph's index: most sentences hold
        // none, and their tokens are not walked again.
        int attributedSpeaker = -1;
        for (int k = _nextQuote[s]; k < e; k = _nextQuote[k + 1])
        {
            Token t = _tokens[k];
            QuotedSpan quote = _quotes[t.QuoteIndex];
            int already = _byQuote[t.QuoteIndex];
            if (already >= 0 && (Found[already].Speaker >= 0 || Found[already].Kind != QuoteKind.Unattributed))
            {
                continue;
            }

            // The innermost content that holds the quotation owns it.
            int owner = -1;
            for (int h = 0; h < _hits.Count; h++)
            {
                if (_hits[h].Speaker >= 0 && _hits[h].ContentFrom <= k && k < _hits[h].ContentTo && (owner < 0 || _hits[h].ContentFrom > _hits[owner].ContentFrom))
                {
                    owner = h;
                }
            }

            if (owner >= 0)
            {
                Hit hit = _hits[owner];
                bool whole = hit.ContentFrom == k && hit.ContentTo == k + 1;
                bool runsOn = quote.IsMultiParagraph && hit.ContentTo == k + 1;
                QuoteKind kind = whole || runsOn ? (quote.IsMultiParagraph ? QuoteKind.MultiParagraph : QuoteKind.Direct) : QuoteKind.Partial;
                if (kind == QuoteKind.Partial)
                {
                    hit.EmitIndirect = true;
                }
                else
                {
                    hit.HasDirect = true;
                }

                _hits[owner] = hit;
                Emit(t.QuoteIndex, kind, hit.Speaker, hit.SpeakerSpan, hit.CueSpan, already);
                attributedSpeaker = hit.Speaker;
                continue;
            }

            // "Q1," X said, "Q2." / X said: "Q": a quotation right after the cue and its speaker.
            int follows = FollowedHit(s, k);
            if (follows >= 0)
            {
                Hit hit = _hits[follows];
                Emit(t.QuoteIndex, quote.IsMultiParagraph ? QuoteKind.MultiParagraph : QuoteKind.Direct, hit.Speaker, hit.SpeakerSpan, hit.CueSpan, already);
                attributedSpeaker = hit.Speaker;
                continue;
            }

            // "Reid: 'Never underestimate Trump.'": a short name and a colon before the quotation.
            if (k - 1 > s && IsPunct(k - 1, ':') && k - 1 - s <= 3 && AllCapitalized(s, k - 1)
                && MentionReader.Read(_text, _tokens, s, k - 1, _patterns, _cues.Classes) is { } colonSpeaker)
            {
                int index = Registry.Add(colonSpeaker);
                Emit(t.QuoteIndex, quote.IsMultiParagraph ? QuoteKind.MultiParagraph : QuoteKind.Direct, index, colonSpeaker.Span, TextSpan.FromBounds(_tokens[k - 1].Start, _tokens[k - 1].End), already);
                attributedSpeaker = index;
                continue;
            }

            // A quotation that is its own sentence continues the last speaker ("Q1," X said. "Q2.").
            bool alone = OnlyPunct(s, k) && OnlyPunct(k + 1, e);
            if (alone && !quote.IsSingle && _lastSpeaker >= 0 && _lastSpeakerParagraph >= paragraph - 1)
            {
                Emit(t.QuoteIndex, quote.IsMultiParagraph ? QuoteKind.MultiParagraph : QuoteKind.Direct, _lastSpeaker, null, null, already);
                attributedSpeaker = _lastSpeaker;
            }
            else if (alone && !quote.IsSingle && IsSentenceLike(quote))
            {
                // A whole sentence in quote marks is somebody's quotation even when the text does not say whose.
                Emit(t.QuoteIndex, quote.IsMultiParagraph ? QuoteKind.MultiParagraph : QuoteKind.Direct, -1, null, null, already);
            }
            else if (already < 0)
            {
                Emit(t.QuoteIndex, QuoteKind.Unattributed, -1, null, null);
            }
        }

        // Reported speech.
        foreach (Hit hit in _hits)
        {
            if (hit.Speaker < 0 || hit.ContentFrom >= hit.ContentTo || hit.HasDirect || IsNested(hit))
            {
                continue;
            }

            if (hit.ContentTo - hit.ContentFrom == 1 && _tokens[hit.ContentFrom].Kind == TokenKind.Quote)
            {
                continue; // a quotation attributed elsewhere (the last piece of a multi-paragraph quote)
            }

            // Short reported content is often an object, not speech ("said of their time", "called Sandy
            // Hook Promise"): under MinReportedWords words it is kept only when it opens like a clause.
            int words = CountWords(hit.ContentFrom, hit.ContentTo);
            if (!hit.EmitIndirect && words < (hit.View ? MinReportedWords + 1 : MinReportedWords) && !(words >= 3 && OpensClause(hit.ContentFrom)))
            {
                continue;
            }

            var span = TextSpan.FromBounds(_tokens[hit.ContentFrom].Start, _tokens[hit.ContentTo - 1].End);
            Found.Add(new FoundQuote(span, QuoteKind.Indirect, null, hit.Speaker, hit.SpeakerSpan, hit.CueSpan));
            attributedSpeaker = attributedSpeaker >= 0 ? attributedSpeaker : hit.Speaker;
        }

        if (attributedSpeaker >= 0)
        {
            _lastSpeaker = attributedSpeaker;
            _lastSpeakerParagraph = paragraph;
        }
    }

    // Records quotation index's attribution; one made before (replacing) is marked replaced, not removed, so
    // the others keep their places (Found is in the order attributions were made).
    private void Emit(int index, QuoteKind kind, int speaker, TextSpan? speakerSpan, TextSpan? cueSpan, int replacing = -1)
    {
        if (replacing >= 0)
        {
            Found[replacing] = Found[replacing] with { Replaced = true };
        }

        QuotedSpan quote = _quotes[index];
        Found.Add(new FoundQuote(quote.Content, kind, quote, speaker, speakerSpan, cueSpan));
        _byQuote[index] = Found.Count - 1;
    }

    // Reported speech inside other reported speech is part of the outer report, as annotators mark it.
    private bool IsNested(Hit hit)
    {
        foreach (Hit other in _hits)
        {
            if (other.Speaker >= 0 && other.ContentFrom <= hit.Start && hit.End <= other.ContentTo && other.Start != hit.Start)
            {
                return true;
            }
        }

        return false;
    }

    private void FindCues(int s, int e, bool headline)
    {
        _hits.Clear();
        ReadOnlySpan<Token> tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens);

        // IsVerbAfterQuotation needs a quotation before the verb: in most sentences there is none, and their
        // many words ending in "s" or "ed" are not looked at again (the first quotation from s, by IndexParagraph).
        int firstQuote = _nextQuote[s];
        for (int k = s; k < e; k++)
        {
            // Every token of every sentence comes through here: most words are ruled out by the lexicon's
            // filter and by their ending, read through a span, before any call.
            ref readonly Token t = ref tokens[k];
            if (t.Kind != TokenKind.Word || (headline && t.Capitalized))
            {
                continue;
            }

            int n = t.Is(WordClass.CueStart) ? _cues.MatchAt(_text, _tokens, k, e) : 0;
            if (n == 0 && firstQuote < k && MayBeVerbAfterQuotation(t) && IsVerbAfterQuotation(s, k, e))
            {
                n = 1;
            }

            if (n == 0)
            {
                continue;
            }

            ReadOnlySpan<char> word = Word(_tokens[k]);
            // "according to X", and phrases built like it ("as reported by X"), name the source after them.
            bool according = n > 1 && (word.Equals("according", StringComparison.OrdinalIgnoreCase) || word.Equals("as", StringComparison.OrdinalIgnoreCase)
                || Word(_tokens[k + n - 1]).Equals("by", StringComparison.OrdinalIgnoreCase));
            bool valid = according || (IsVerbPosition(s, k) && !(IsWord(k + n, "not") && IsWord(k + n + 1, "to")));
            if (valid)
            {
                _hits.Add(new Hit
                {
                    Start = k,
                    End = k + n,
                    According = according,
                    Participle = n == 1 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase),
                    Audience = _cues.TakesAudience(word),
                    View = _cues.IsView(word),
                    CueSpan = TextSpan.FromBounds(_tokens[k].Start, _tokens[k + n - 1].End),
                    Speaker = -1,
                    ContentFrom = -1,
                    ContentTo = -1,
                    SpeakerFrom = -1,
                });
            }

            k += n - 1;
        }
    }

    // ""Q," he surmised." / ""Q," an angry Hollande retaliated.": after a quotation that ends in a comma
    // (or ? or !), a short name and a past-tense verb that closes the sentence are a cue even when the
    // verb is not in the list.
    private bool IsVerbAfterQuotation(int s, int k, int e)
    {
        if (!MayBeVerbAfterQuotation(_tokens[k]))
        {
            return false;
        }

        int j = k - 1;
        while (j > s && k - j <= 4 && _tokens[j].Kind == TokenKind.Word)
        {
            j--;
        }

        if (j < s || _tokens[j].Kind != TokenKind.Quote || j == k - 1)
        {
            return false;
        }

        // The verb must close the sentence, unless the speaker is a pronoun ("she yells while moving").
        bool closes = k + 1 >= e || IsPunct(k + 1, '.') || IsPunct(k + 1, ',');
        if (!closes && !(k - j == 2 && _tokens[j + 1].Is(WordClass.Pronoun)))
        {
            return false;
        }

        QuotedSpan quote = _quotes[_tokens[j].QuoteIndex];
        int last = quote.ContentEnd - 1;
        return last >= quote.ContentStart && _text[last] is ',' or '?' or '!' && (_tokens[j + 1].Capitalized || _tokens[j + 1].Is(WordClass.Pronoun | WordClass.Determiner));
    }

    // The cheap part of IsVerbAfterQuotation, asked for every token: a lower-case word of four letters or
    // more ending in "s" or "ed", tested on its characters before anything else is read.
    private bool MayBeVerbAfterQuotation(in Token t)
    {
        if (t.Kind != TokenKind.Word || t.Capitalized || t.Length < 4)
        {
            return false;
        }

        char ending = _text[t.End - 1];
        return ending == 's' || (ending == 'd' && _text[t.End - 2] == 'e');
    }

    // A cue word used as a noun ("the report"), an infinitive ("declined to say"), a passive ("was told")
    // or a sentence-opening participle ("Asked about it, ...") is not a cue.
    private bool IsVerbPosition(int s, int k)
    {
        if (k == s)
        {
            return false;
        }

        Token prev = _tokens[k - 1];
        if (prev.Kind != TokenKind.Word)
        {
            return true;
        }

        ReadOnlySpan<char> p = Word(prev);
        if (prev.Is(WordClass.Determiner) && !p.Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "her opening remarks", "one tweet": a word that is also a noun, after a noun phrase's start.
        if (_tokens[k].Is(WordClass.NounForm) && !prev.Capitalized
            && !prev.Is(WordClass.Pronoun | WordClass.Title | WordClass.Anonymous | WordClass.Group | WordClass.Skip))
        {
            return false;
        }

        if (_tokens[k].Is(WordClass.NounForm) && AttributionWords.IsPossessive(p))
        {
            return false; // "Obama's remarks"
        }

        if (!prev.Capitalized && (prev.Is(WordClass.Preposition) || p is "of") && p is not "to")
        {
            return false; // "broke down over reports of"
        }

        return !(p is "to" or "was" or "were" or "been" or "being" or "be" or "is" or "are" or "To") || Word(_tokens[k]).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }

    private void FindSpeakers(int s, int e)
    {
        for (int h = 0; h < _hits.Count; h++)
        {
            Hit hit = _hits[h];
            (int from, int to) = (-1, -1);
            if (hit.According)
            {
                (from, to) = RightPhrase(hit.End, e, prepositions: true);
            }
            else if ((hit.Participle && hit.Start > s && IsPunct(hit.Start - 1, ',')) || IsAndOrBut(BeforeAdverbs(s, hit.Start)))
            {
                int previous = PreviousSpeaker(h);
                if (previous >= 0)
                {
                    hit.Speaker = previous;
                    hit.SpeakerFrom = -1;
                    _hits[h] = hit;
                    continue;
                }

                (from, to) = SubjectPhrase(s, hit.Start);
            }
            else if (IsInverted(s, hit, e))
            {
                (from, to) = RightPhrase(hit.End, e);
                hit.Inverted = from >= 0;
            }

            if (from < 0 && !hit.Inverted && !hit.According)
            {
                (from, to) = LeftPhrase(s, hit.Start);
            }

            if (from >= 0 && hit.View && !LooksLikeSource(from, to, s))
            {
                from = -1;
            }

            if (from >= 0 && MentionReader.Read(_text, _tokens, from, to, _patterns, _cues.Classes) is { } mention)
            {
                hit.Speaker = Registry.Add(mention);
                hit.SpeakerSpan = mention.Span;
                hit.SpeakerFrom = from;
                hit.SpeakerTo = to;
            }

            _hits[h] = hit;
        }
    }

    private int FollowedHit(int s, int k)
    {
        if (k - 2 < s || !(IsPunct(k - 1, ',') || IsPunct(k - 1, ':')))
        {
            return -1;
        }

        for (int h = 0; h < _hits.Count; h++)
        {
            Hit hit = _hits[h];
            int end = hit.Inverted ? hit.SpeakerTo : hit.End;
            if (hit.Speaker >= 0 && end == k - 1)
            {
                return h;
            }
        }

        // "Q1," he said of Trump, "Q2.": the cue of the first quotation, then a short aside, then the second.
        if (IsPunct(k - 1, ','))
        {
            for (int h = _hits.Count - 1; h >= 0; h--)
            {
                Hit hit = _hits[h];
                if (hit.Speaker >= 0 && hit.End < k && hit.ContentTo >= 0 && hit.ContentTo <= hit.Start && k - hit.End <= LookAhead
                    && _tokens[hit.ContentTo - 1].Kind == TokenKind.Quote)
                {
                    return h;
                }
            }
        }

        return -1;
    }

    // For verbs of views: "Clinton criticized", "the report found", not "the candidates most often described".
    private bool LooksLikeSource(int from, int to, int s)
    {
        Token last = _tokens[to - 1];
        if (last.Kind != TokenKind.Word || (from > s && IsWord(from - 1, "who")) || (from > s && IsWord(from - 1, "which")))
        {
            return false;
        }

        return last.Capitalized || (_cues.Classes.OfWithoutPossessive(_text, last)
            & (WordClass.Pronoun | WordClass.Title | WordClass.Anonymous | WordClass.Group | WordClass.Document)) != 0;
    }

    private int BeforeAdverbs(int s, int k)
    {
        int j = k - 1;
        while (j > s && !_tokens[j].Capitalized && _tokens[j].Is(WordClass.Skip))
        {
            j--;
        }

        return j;
    }

    // One walk back past the adverbs for both words ("and then said", "but later said").
    private bool IsAndOrBut(int k) => IsWord(k, "and") || IsWord(k, "but");

    private int PreviousSpeaker(int h)
    {
        for (int i = h - 1; i >= 0; i--)
        {
            if (_hits[i].Speaker >= 0)
            {
                return _hits[i].Speaker;
            }
        }

        return -1;
    }

    // "…," said X / …, says X: the cue comes right after a quotation or a comma and a name follows.
    private bool IsInverted(int s, Hit hit, int e)
    {
        int before = hit.Start - 1;
        if (before < s || hit.End >= e)
        {
            return false;
        }

        bool afterQuote = _tokens[before].Kind == TokenKind.Quote || (IsPunct(before, ',') && before - 1 >= s && _tokens[before - 1].Kind == TokenKind.Quote);
        bool afterComma = IsPunct(before, ',');
        if (!afterQuote && !afterComma)
        {
            return false;
        }

        Token next = _tokens[hit.End];
        if (next.Kind != TokenKind.Word)
        {
            return false;
        }

        if (afterQuote)
        {
            return true;
        }

        if (!(next.Capitalized || next.Is(WordClass.Determiner | WordClass.Pronoun)))
        {
            return false;
        }

        // "…, said Smith." but not "Smith's lawyer, Jane Doe, said Smith was…": the name must end the clause.
        (int from, int to) = RightPhrase(hit.End, e);
        return from >= 0 && (to >= e || _tokens[to].Kind == TokenKind.Punct);
    }

    // The speaker to the left of a cue: "EU foreign policy chief Josep Borrell | said".
    private (int From, int To) LeftPhrase(int s, int cue)
    {
        int j = cue - 1;
        while (j >= s && _tokens[j].Is(WordClass.Skip) && !_tokens[j].Capitalized)
        {
            j--;
        }

        // "Smith, who …, said": the relative pronoun points back past the comma.
        if (j >= s && IsWord(j, "who"))
        {
            j--;
            if (IsPunct(j, ','))
            {
                j--;
            }
        }

        if (j < s)
        {
            return (-1, -1);
        }

        if (IsPunct(j, ','))
        {
            return Appositive(s, j);
        }

        return WalkLeft(s, j);
    }

    private (int From, int To) WalkLeft(int s, int j)
    {
        // "Harry M. Reid (D-Nev.) said": a bracketed aside after the name.
        if (IsPunct(j, ')'))
        {
            int open = j - 1;
            while (open > s && !IsPunct(open, '(') && j - open < LookAhead)
            {
                open--;
            }

            if (IsPunct(open, '(') && open - 1 >= s)
            {
                j = open - 1;
            }
        }

        int end = j + 1;
        bool passedRelative = false;
        int start = end;
        while (j >= s && end - j <= MaxSpeakerTokens)
        {
            Token t = _tokens[j];
            if (t.Kind == TokenKind.Word)
            {
                ReadOnlySpan<char> w = Word(t);
                if (t.Is(WordClass.Boundary))
                {
                    // "A statement issued after the summit said": a participle and its phrase, not a boundary.
                    if (!passedRelative && w is "after" or "before" or "since" && j - 1 > s && _tokens[j - 1] is { Kind: TokenKind.Word, Capitalized: false } participle
                        && Word(participle).EndsWith("ed", StringComparison.Ordinal))
                    {
                        passedRelative = true;
                        end = j - 1;
                        j -= 2;
                        continue;
                    }

                    if (!passedRelative && w is "who" or "that" && j > s && _tokens[j - 1].Kind == TokenKind.Word && start < end
                        && !_tokens[start].Capitalized && !_tokens[start].Is(WordClass.Pronoun | WordClass.Determiner))
                    {
                        // "A senior official in Brussels who followed the talks echoed": the antecedent.
                        passedRelative = true;
                        end = j;
                        j--;
                        continue;
                    }

                    break;
                }

                if (w is "and" && !(j > s && _tokens[j - 1].Capitalized && _tokens[j + 1].Capitalized))
                {
                    break;
                }

                // A cue ending here (no phrase fits in one token): a cue word alone.
                if (t.Is(WordClass.CueAlone) && !t.Capitalized)
                {
                    break;
                }

                start = j;
                j--;
                continue;
            }

            if (t.Kind == TokenKind.Punct && _text[t.Start] == '.' && j - 1 >= s && _tokens[j - 1] is { Kind: TokenKind.Word } a && a.End == t.Start
                && (a.Length == 1 || a.Is(WordClass.Abbreviation)))
            {
                start = j;
                j--;
                continue;
            }

            break;
        }

        if (start >= end)
        {
            return (-1, -1);
        }

        return Tidy(start, end);
    }

    // Drops a leading time phrase ("On Tuesday Trump") and a trailing one ("Hoti on Sunday", "an official in Brussels").
    private (int From, int To) Tidy(int start, int end)
    {
        while (start < end && _tokens[start].Kind == TokenKind.Word && IsLeadingNoise(_tokens[start]))
        {
            start++;
        }

        for (int m = start + 1; m < end; m++)
        {
            Token t = _tokens[m];
            if (!t.Capitalized && t.Is(WordClass.Preposition) && !(Word(t) is "by" && _tokens[m - 1].Is(WordClass.Document)))
            {
                end = m; // but "the statement by the French and German leaders" keeps its authors
                break;
            }
        }

        return start < end ? (start, end) : (-1, -1);
    }

    private bool IsLeadingNoise(in Token t) =>
        t.Is(WordClass.Preposition | WordClass.Skip) || Word(t) is "And" or "But" or "So" or "Then" or "Now" or "Meanwhile" or "Still" or "and";

    // After a comma: "Borrell, who is chairing …, Miroslav Lajcak, said" — skip appositives and relative clauses to the name.
    private (int From, int To) Appositive(int s, int comma)
    {
        Span<int> starts = stackalloc int[5];
        Span<int> ends = stackalloc int[5];
        int count = 0;
        int j = comma;
        while (count < 5 && j >= s && IsPunct(j, ','))
        {
            int segEnd = j;
            int k = j - 1;
            while (k >= s && _tokens[k].Kind != TokenKind.Quote && !IsPunct(k, ',') && !IsPunct(k, ';') && !IsPunct(k, '(') && !IsPunct(k, ':'))
            {
                k--;
            }

            starts[count] = k + 1;
            ends[count] = segEnd;
            count++;
            j = k;
        }

        if (count == 0)
        {
            return (-1, -1);
        }

        // starts[0] is the segment nearest the cue; move left while it is an appositive or follows a relative clause.
        int i = 0;
        while (i + 1 < count && (IsAppositive(starts[i], ends[i]) || StartsWithRelative(starts[i + 1])))
        {
            i++;
        }

        // The chosen segment must end where a name could: walk left inside it.
        int from = starts[i], to = ends[i];
        if (to - from > MaxSpeakerTokens || from >= to)
        {
            return (-1, -1);
        }

        return WalkLeft(from, to - 1);
    }

    private bool IsAppositive(int from, int to)
    {
        if (from >= to)
        {
            return false;
        }

        Token first = _tokens[from];
        ReadOnlySpan<char> w = Word(first);
        return first.Kind == TokenKind.Word && (first.Is(WordClass.Relative) || !first.Capitalized || char.IsDigit(w[0]));
    }

    private bool StartsWithRelative(int from) => from < _tokens.Count && _tokens[from].Is(WordClass.Relative);

    // The speaker to the right of a cue: "said | EU special envoy Miroslav Lajcak, who…", "according to | a senior official".
    private (int From, int To) RightPhrase(int from, int e, bool prepositions = false)
    {
        int j = from;
        while (j < e && j - from < MaxSpeakerTokens)
        {
            Token t = _tokens[j];
            if (t.Kind == TokenKind.Word)
            {
                ReadOnlySpan<char> w = Word(t);
                if (!t.Capitalized && (t.Is(WordClass.Boundary) || (t.Is(WordClass.Preposition) && !prepositions) || (t.Is(WordClass.Skip) && j > from)))
                {
                    break;
                }

                if (t.Capitalized && j > from && t.Is(WordClass.Skip))
                {
                    break; // "said Smith Monday"
                }

                if (j > from && _cues.MatchAt(_text, _tokens, j, e) > 0)
                {
                    break; // "said he expects …": a verb, not part of the name
                }

                j++;
                if (j - 1 == from && t.Is(WordClass.Pronoun))
                {
                    break; // "said he"
                }

                continue;
            }

            if (t.Kind == TokenKind.Punct && _text[t.Start] == '.' && j > from && _tokens[j - 1] is { Kind: TokenKind.Word } a && a.End == t.Start
                && (a.Length == 1 || a.Is(WordClass.Abbreviation)) && j + 1 < e && _tokens[j + 1].Capitalized)
            {
                j++;
                continue;
            }

            break;
        }

        return j > from ? (from, j) : (-1, -1);
    }

    // The subject of the sentence, for "…, saying" with no earlier cue: the words before the first verb.
    private (int From, int To) SubjectPhrase(int s, int limit)
    {
        int start = s;
        for (int k = s; k < limit; k++)
        {
            if (IsPunct(k, ','))
            {
                // "In a statement, X …": the subject follows an opening phrase.
                if (k + 1 < limit && _tokens[s].Kind == TokenKind.Word && (_tokens[s].Is(WordClass.Preposition) || Word(_tokens[s]).EndsWith("ing", StringComparison.Ordinal)))
                {
                    start = k + 1;
                }

                break;
            }
        }

        int j = start;
        while (j < limit && _tokens[j].Kind == TokenKind.Word)
        {
            Token t = _tokens[j];
            ReadOnlySpan<char> w = Word(t);
            if (!(t.Capitalized || t.Is(WordClass.Determiner | WordClass.Title) || w is "of" or "and"))
            {
                break;
            }

            j++;
        }

        return j > start ? (start, j) : (-1, -1);
    }

    private void FindContent(int s, int e)
    {
        IndexHitAnchors(s, e);
        int consumed = s;
        for (int h = 0; h < _hits.Count; h++)
        {
            Hit hit = _hits[h];
            if (hit.Speaker < 0)
            {
                continue;
            }

            int from = -1, to = -1;
            int regionStart = consumed;
            if (hit.According)
            {
                if (OnlyPunct(regionStart, hit.Start))
                {
                    from = hit.SpeakerTo;
                    for (int k = from; k < e && k - from <= LookAhead; k++)
                    {
                        if (IsPunct(k, ','))
                        {
                            from = k;
                            break;
                        }
                    }

                    while (from < e && IsPunct(from, ','))
                    {
                        from++;
                    }

                    to = Limit(from, h, e);
                }
                else
                {
                    // "X did it, according to Y." or, mid-sentence, "X did it after, according to Y, Z happened".
                    int resume = hit.SpeakerTo;
                    while (resume < e && IsPunct(resume, ','))
                    {
                        resume++;
                    }

                    int limit = resume < e ? Limit(resume, h, e) : e;
                    (from, to) = (regionStart, CountContent(resume, limit) > 1 ? limit : hit.Start);
                }
            }
            else if (hit.Inverted)
            {
                (from, to) = (regionStart, hit.Start);
            }
            else
            {
                int speakerStart = hit.SpeakerFrom >= 0 ? hit.SpeakerFrom : hit.Start;
                bool afterQuote = speakerStart > regionStart && (_tokens[speakerStart - 1].Kind == TokenKind.Quote
                    || (IsPunct(speakerStart - 1, ',') && speakerStart - 2 >= regionStart && _tokens[speakerStart - 2].Kind == TokenKind.Quote));
                int after = ContentStart(hit, e);
                int limit = after < 0 ? -1 : Limit(after, h, e);

                // ""Q," X said …" takes the quotation before; a title in quotes before the speaker
                // ("Later on "This Week," Sanders said that…") does not stop the content after.
                if (afterQuote && (OnlyPunct(regionStart, FirstQuote(regionStart, speakerStart)) || after < 0 || CountContent(after, limit) == 0))
                {
                    after = -1;
                }

                if (after >= 0 && CountContent(after, limit) > 0)
                {
                    // "The process, he said, will be long": the content is on both sides.
                    bool parenthetical = speakerStart > regionStart && IsPunct(speakerStart - 1, ',') && IsPunct(hit.End, ',') && CountContent(regionStart, speakerStart) > 0
                        && !IsOpeningPhrase(regionStart);
                    (from, to) = (parenthetical ? regionStart : after, limit);
                }
                else if (speakerStart > s && (IsPunct(speakerStart - 1, ',') || _tokens[speakerStart - 1].Kind == TokenKind.Quote))
                {
                    // "A, B and C, the poll found.": a closing cue reports the whole sentence before it,
                    // views reported inside it included, unless an earlier speech cue already took part of it.
                    // When that earlier cue took all of it ("X told Y that …, his office said"), the closing
                    // cue reports the whole sentence and the earlier report is nested in it.
                    int before = SpeechBefore(h) && CountContent(regionStart, speakerStart) > 0 ? regionStart : s;
                    (from, to) = (before, speakerStart);
                }
            }

            if (from >= 0)
            {
                (from, to) = Trim(from, to);
                hit.ContentFrom = from;
                hit.ContentTo = to;
                consumed = Math.Max(consumed, Math.Max(to, hit.End));
            }
            else
            {
                consumed = Math.Max(consumed, hit.End);
            }

            _hits[h] = hit;
        }
    }

    // Where the content after a cue starts: past times and places ("said on Sunday that"), and past the
    // audience of "told reporters that".
    private int ContentStart(Hit hit, int e)
    {
        int j = hit.End;
        while (j < e && _tokens[j].Is(WordClass.Skip) && !(IsWord(j, "on") && !(j + 1 < e && _tokens[j + 1].Is(WordClass.Skip))))
        {
            j++;
        }

        if (j < e && (IsPunct(j, ',') || IsPunct(j, ':')))
        {
            j++;
        }

        if (j < e && _lastHitStartingAt[j] >= 0)
        {
            return -1; // "…, saying": the next cue's content, not this one's
        }

        if (j >= e)
        {
            return -1;
        }

        // "said back in the summer of 2015: "Q"": the quotation after the colon is the content.
        for (int k = j; k < e - 1 && k - j <= LookAhead; k++)
        {
            if (_tokens[k].Kind == TokenKind.Quote)
            {
                break;
            }

            if (IsPunct(k, ':') && _tokens[k + 1].Kind == TokenKind.Quote)
            {
                return k + 1;
            }
        }

        // "said to a crowd", "said of their time", "said on Fox": a phrase about the saying; "said to be" is not.
        bool prepositional = (_tokens[j].Is(WordClass.Preposition) || IsWord(j, "of"))
            && !(IsWord(j, "to") && !(j + 1 < e && _tokens[j + 1].Kind == TokenKind.Word && (_tokens[j + 1].Capitalized || _tokens[j + 1].Is(WordClass.Determiner | WordClass.Pronoun) || IsWord(j + 1, "reporters"))));
        if (hit.Audience || prepositional)
        {
            for (int k = j; k < e && k - j <= LookAhead; k++)
            {
                Token t = _tokens[k];
                if (t.Kind == TokenKind.Quote)
                {
                    if (k == j || _tokens[k - 1].Kind == TokenKind.Punct)
                    {
                        return k;
                    }

                    continue; // a title: told ABC's "This Week"
                }

                if (t.Kind == TokenKind.Word)
                {
                    ReadOnlySpan<char> w = Word(t);
                    if (w is "that" or "if" or "whether" || (hit.Audience && w is "to" && k > j))
                    {
                        return k;
                    }

                    continue;
                }

                char c = _text[t.Start];
                if (c == ',')
                {
                    return k + 1 < e && _tokens[k + 1].Kind == TokenKind.Quote ? k + 1 : -1;
                }

                if (c is '.' or ';' or '!' or '?' or ':')
                {
                    if (c == ':' && k + 1 < e)
                    {
                        return k + 1;
                    }

                    // "told POLITICO she was leaning toward Cruz.": no "that", but more than an audience.
                    return hit.Audience && !prepositional && CountContent(j, k) > 3 ? j : -1;
                }
            }
        }

        if (IsWord(j, "and") || IsWord(j, "or") || IsWord(j, "but"))
        {
            return -1; // "who said and did": no content
        }

        return j;
    }

    // For each token of the sentence, the last cue (hit index) that starts there, and the last cue
    // whose start or speaker starts there: Limit asks "does a later cue begin at j + 1?" per token,
    // which must not cost a pass over all cues (one long sentence would be cubic).
    private int[] _lastHitStartingAt = [];
    private int[] _lastHitOrSpeakerAt = [];

    // Only [s, e] is cleared and read: cues, speakers and the content they look at all lie in the sentence.
    private void IndexHitAnchors(int s, int e)
    {
        if (_lastHitStartingAt.Length < e + 1)
        {
            int size = Math.Max(e + 1, _lastHitStartingAt.Length * 2);
            _lastHitStartingAt = new int[size];
            _lastHitOrSpeakerAt = new int[size];
        }

        Array.Fill(_lastHitStartingAt, -1, s, e + 1 - s);
        Array.Fill(_lastHitOrSpeakerAt, -1, s, e + 1 - s);
        for (int n = 0; n < _hits.Count; n++)
        {
            Hit hit = _hits[n];
            if (hit.Start <= e)
            {
                _lastHitStartingAt[hit.Start] = Math.Max(_lastHitStartingAt[hit.Start], n);
                _lastHitOrSpeakerAt[hit.Start] = Math.Max(_lastHitOrSpeakerAt[hit.Start], n);
            }

            if (hit.SpeakerFrom >= 0 && hit.SpeakerFrom <= e)
            {
                _lastHitOrSpeakerAt[hit.SpeakerFrom] = Math.Max(_lastHitOrSpeakerAt[hit.SpeakerFrom], n);
            }
        }
    }

    // Where reported content ends: the sentence's end, a semicolon, or the comma before the next cue.
    // Each token is read once and tested by its kind: this runs for every cue over the rest of its sentence.
    private int Limit(int from, int h, int e)
    {
        for (int j = from; j < e; j++)
        {
            Token t = _tokens[j];
            switch (t.Kind)
            {
                case TokenKind.Punct:
                {
                    char c = _text[t.Start];
                    if (c == ';')
                    {
                        return j;
                    }

                    if (c is ',' or '\u2014')
                    {
                        if (j + 1 < e && IsWord(j + 1, "and") && (IsWord(j + 2, "that") || IsWord(j + 2, "said")))
                        {
                            return j;
                        }

                        // A later cue (or its speaker) begins right after this token.
                        if (_lastHitOrSpeakerAt[j + 1] > h)
                        {
                            return j;
                        }
                    }

                    break;
                }

                case TokenKind.Quote:
                {
                    // "…that the port "will reopen soon," his office said": the comma inside the marks.
                    QuotedSpan q = _quotes[t.QuoteIndex];
                    if (q.ContentEnd > q.ContentStart && _text[q.ContentEnd - 1] == ',')
                    {
                        if ((IsWord(j + 1, "and") || IsWord(j + 1, "but")) && (IsWord(j + 2, "that") || IsWord(j + 2, "said")))
                        {
                            return j + 1; // "said, "Q," and that he told…": a second report follows
                        }

                        if (_lastHitOrSpeakerAt[j + 1] > h)
                        {
                            return j + 1;
                        }
                    }

                    break;
                }

                default:
                    if (_lastHitStartingAt[j + 1] > h && (IsWord(j, "and") || IsWord(j, "but")))
                    {
                        return j; // "…, and said": a second statement
                    }

                    break;
            }
        }

        return e;
    }

    // "Speaking after the meeting, …", "In a statement, …": an opening phrase, not reported words.
    private bool IsOpeningPhrase(int k)
    {
        if (k >= _tokens.Count || _tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(_tokens[k]);
        return w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || _tokens[k].Is(WordClass.Preposition | WordClass.Skip);
    }

    private bool AllCapitalized(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!(_tokens[k].Kind == TokenKind.Word && _tokens[k].Capitalized))
            {
                return false;
            }
        }

        return true;
    }

    private bool OpensClause(int k)
    {
        if (_tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(_tokens[k]);
        return w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Equals("whether", StringComparison.OrdinalIgnoreCase)
            || w.Equals("there", StringComparison.OrdinalIgnoreCase) || (_tokens[k].Is(WordClass.Pronoun) && !w.Equals("it", StringComparison.OrdinalIgnoreCase));
    }

    private bool IsSentenceLike(QuotedSpan quote)
    {
        int words = 0;
        for (int i = quote.ContentStart; i < quote.ContentEnd; i++)
        {
            if (_text[i] == ' ')
            {
                words++;
            }
        }

        char last = _text[quote.ContentEnd - 1];
        return words >= 3 && last is '.' or '?' or '!' or ',' or '\u2026';
    }

    private bool SpeechBefore(int h)
    {
        for (int i = 0; i < h; i++)
        {
            if (_hits[i].Speaker >= 0 && !_hits[i].View && _hits[i].ContentTo > _hits[i].ContentFrom)
            {
                return true;
            }
        }

        return false;
    }

    private int FirstQuote(int from, int to)
    {
        if (from >= to)
        {
            return to;
        }

        int quote = _nextQuote[from];
        return quote < to ? quote : to;
    }

    private (int From, int To) Trim(int from, int to)
    {
        while (from < to && _tokens[from].Kind == TokenKind.Punct)
        {
            from++;
        }

        while (to > from && _tokens[to - 1].Kind == TokenKind.Punct)
        {
            to--;
        }

        return (from, to);
    }

    private int CountContent(int from, int to)
    {
        from = Math.Max(from, 0);
        return to > from ? _contentBefore[to] - _contentBefore[from] : 0;
    }

    private int CountWords(int from, int to) => to > from ? _wordsBefore[to] - _wordsBefore[from] : 0;

    private bool OnlyPunct(int from, int to) => CountContent(from, to) == 0;

    private bool IsPunct(int k, char c) => k >= 0 && k < _tokens.Count && _tokens[k].Kind == TokenKind.Punct && _text[_tokens[k].Start] == c;

    private bool IsPunct(int k, char a, char b, char c) => IsPunct(k, a) || IsPunct(k, b) || IsPunct(k, c);

    private bool IsWord(int k, string word) => k >= 0 && k < _tokens.Count && _tokens[k].Kind == TokenKind.Word && Word(_tokens[k]).Equals(word, StringComparison.OrdinalIgnoreCase);

    private ReadOnlySpan<char> Word(Token t) => _text.AsSpan(t.Start, t.Length);

    private struct Hit
    {
        public int Start;
        public int End;
        public bool According;
        public bool Participle;
        public bool Audience;
        public bool View;
        public bool Inverted;
        public bool EmitIndirect;
        public bool HasDirect;
        public TextSpan CueSpan;
        public int Speaker;
        public TextSpan? SpeakerSpan;
        public int SpeakerFrom;
        public int SpeakerTo;
        public int ContentFrom;
        public int ContentTo;
    }
}
