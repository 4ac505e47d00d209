using System.Diagnostics.CodeAnalysis;
using QuoteCheck.Claims.Values;
using QuoteCheck.Quotes;
using QuoteCheck.Text;

namespace QuoteCheck.Claims;

/// <summary>
/// A value offered to an <see cref="IClaimRule"/>: the value, its sentence, the trigger the rule was
/// found by, and helpers that take the subject words from the sentence.
/// </summary>
/// <remarks>
/// A candidate shares the pipeline's per-sentence buffers, and the same instance is offered to each
/// rule in turn with new contents: use it only during <see cref="IClaimRule.Apply"/> and do not keep it.
/// </remarks>
public sealed class ClaimCandidate
{
    private SentenceTokens _words = Empty;
    private int _valueFirst;
    private int _valueLast;
    private TriggerHit? _trigger;

    private static readonly SentenceTokens Empty = new();
    private static readonly SourceDocument EmptyDocument = SourceDocument.Create("-", string.Empty);

    // The extractor keeps one candidate per thread and resets it for each rule it tries: a candidate is
    // valid only during IClaimRule.Apply (see the remarks), and a new object per rule tried was a tenth
    // of what analysing a document allocated.
    internal ClaimCandidate()
    {
        Document = EmptyDocument;
        Value = null!;
        Rule = null!;
    }

    internal void Reset(
        SourceDocument document,
        RecognizedValue value,
        TextSpan sentence,
        SentenceTokens words,
        (int First, int Last) valueWords,
        TriggerHit? trigger,
        Speaker? speaker,
        IClaimRule rule)
    {
        Document = document;
        Value = value;
        Sentence = sentence;
        _words = words;
        (_valueFirst, _valueLast) = valueWords; // words.WordsOf(value.Span), found once by the extractor for every rule it tries
        _trigger = trigger;
        Speaker = speaker;
        Rule = rule;
        Trigger = trigger is { } t ? TextSpan.FromBounds(words[t.First].Start, words[t.Last].End) : null;
    }

    /// <summary>Drops the references to the last document, so that a thread's spare candidate keeps nothing alive.</summary>
    internal void Clear()
    {
        Document = EmptyDocument;
        Value = null!;
        Speaker = null;
        Rule = null!;
        _words = Empty;
        _trigger = null;
        Trigger = null;
    }

    /// <summary>The document the value comes from.</summary>
    public SourceDocument Document { get; private set; }

    /// <summary>The document's text; every span indexes it.</summary>
    public string Text => Document.Text;

    /// <summary>The value the rule is asked about.</summary>
    public RecognizedValue Value { get; private set; }

    /// <summary>The sentence holding the value.</summary>
    public TextSpan Sentence { get; private set; }

    /// <summary>Where the trigger the rule was found by lies, or null for a rule without triggers.</summary>
    public TextSpan? Trigger { get; private set; }

    /// <summary>The speaker, when the value lies inside a quote.</summary>
    public Speaker? Speaker { get; private set; }

    /// <summary>The date relative expressions are resolved against: the document's publication date, when known.</summary>
    public DateOnly? PublicationDate => Document.Published;

    /// <summary>The rule being applied.</summary>
    public IClaimRule Rule { get; private set; }

    /// <summary>Makes a claim of the rule's kind for the value, with the sentence, speaker and rule name filled in.</summary>
    /// <param name="subject">The subject words, if any.</param>
    /// <param name="subjectSpan">Where they lie, if they were taken from the text.</param>
    /// <returns>The claim.</returns>
    public Claim CreateClaim(string? subject = null, TextSpan? subjectSpan = null) => CreateClaim(subject, subjectSpan, null);

    /// <summary>As the public overload, with the implied date of an anchored duration.</summary>
    internal Claim CreateClaim(string? subject, TextSpan? subjectSpan, DateValue? impliedDate) => new(Rule.Kind, Value, Sentence)
    {
        Subject = subject,
        SubjectSpan = subjectSpan,
        Speaker = Speaker,
        Rule = Rule.Name,
        ImpliedDate = impliedDate,
    };

    /// <summary>Takes the subject words from the sentence, as <see cref="ClaimRule"/> does (see <see cref="ClaimSubject"/>).</summary>
    /// <param name="parts">Which words to take.</param>
    /// <param name="topics">The topic words for <see cref="ClaimSubject.Topic"/> (<c>war</c>, <c>talks</c>); may be empty.</param>
    /// <param name="subject">The words found, put together in text order.</param>
    /// <param name="span">From the first word found to the last.</param>
    /// <returns>Whether any words were found.</returns>
    public bool TryFindSubject(ClaimSubject parts, IReadOnlyList<string> topics, [NotNullWhen(true)] out string? subject, out TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return TryFindSubject(parts, topics, null, out subject, out span);
    }

    /// <summary>As the public overload, with the topics already indexed by first word (a <see cref="ClaimRule"/>'s own).</summary>
    internal bool TryFindSubject(ClaimSubject parts, IReadOnlyList<string> topics, TopicIndex? index, [NotNullWhen(true)] out string? subject, out TextSpan span)
    {
        var finder = new SubjectFinder(_words, _valueFirst, _valueLast, _trigger);
        return finder.TryFind(parts, topics, index, out subject, out span);
    }

    /// <summary>
    /// For a duration that reaches back from the publication date (<c>18 months ago</c>, <c>the first talks in 20 months</c>),
    /// the date it points back to: the publication date minus the duration, at the duration's unit
    /// (see <see cref="Claim.ImpliedDate"/>). Unresolved when the document has no publication date.
    /// </summary>
    /// <returns>The date, or null when the value is not a duration.</returns>
    public DateValue? ImpliedDate() => Value.Value is DurationValue duration ? ImpliedDates.Before(PublicationDate, duration) : null;
}
