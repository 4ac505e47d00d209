using QuoteCheck.Claims.Values;
using QuoteCheck.Quotes;
using QuoteCheck.Text;

namespace QuoteCheck.Claims;

/// <summary>
/// A checkable figure in a document: a value plus what it is about.
/// </summary>
/// <remarks>
/// <para>"More than 13,000 people died in the war" gives a claim of kind <c>death-toll</c> whose
/// value is at least 13,000 and whose subject is <c>people died in the war</c>.</para>
/// <para>A duration that reaches back from the publication date ("talks broke down 18 months ago",
/// "their first talks in 20 months") also says when something happened: see <see cref="ImpliedDate"/>.</para>
/// <para>Immutable and safe to share across threads.</para>
/// </remarks>
public sealed record Claim
{
    /// <summary>Creates a claim.</summary>
    /// <param name="kind">The claim kind, such as <c>death-toll</c> or <c>date</c>.</param>
    /// <param name="value">The recognised value the claim is built on.</param>
    /// <param name="sentence">The sentence the claim comes from.</param>
    public Claim(string kind, RecognizedValue value, TextSpan sentence)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(value);
        Kind = kind;
        Value = value;
        Sentence = sentence;
    }

    /// <summary>The claim kind: <c>death-toll</c>, <c>injured</c>, <c>count</c>, <c>date</c>, <c>duration</c>, <c>percentage</c>, <c>money</c> or a user kind.</summary>
    public string Kind { get; init; }

    /// <summary>The recognised value: its words, span and normalised value.</summary>
    public RecognizedValue Value { get; init; }

    /// <summary>The words as written.</summary>
    public string Text => Value.Text;

    /// <summary>Where the value lies in the document's text.</summary>
    public TextSpan Span => Value.Span;

    /// <summary>The subject or event words the rule took from the sentence (<c>people died</c>, <c>talks broke down</c>), or null.</summary>
    public string? Subject { get; init; }

    /// <summary>The stretch of text from the first subject word to the last (the subject may skip words inside it).</summary>
    public TextSpan? SubjectSpan { get => _subjectSpan.Value; init => _subjectSpan = new OptionalSpan(value); }

    // Packed (see OptionalSpan): a claim is 80 bytes with it, 88 with a TextSpan? field.
    private readonly OptionalSpan _subjectSpan;

    /// <summary>The sentence the claim comes from.</summary>
    public TextSpan Sentence { get; init; }

    /// <summary>The speaker, when the claim lies inside a quote.</summary>
    public Speaker? Speaker { get; init; }

    /// <summary>
    /// For a duration that reaches back from the publication date (<c>18 months ago</c>, <c>the first talks in 20 months</c>,
    /// <c>over the past decade</c>), the date it points back to: the publication date minus the duration, at the
    /// duration's unit (months give a month, years a year, days and weeks a day; a qualified duration such as
    /// <c>about 18 months</c> gives the range its interval allows). "First talks in 20 months" in an article of
    /// 16 July 2020 gives November 2018, when the previous talks were. Unresolved when the document has no
    /// publication date; null for other claims.
    /// </summary>
    public DateValue? ImpliedDate { get; init; }

    /// <summary>The name of the rule that made the claim.</summary>
    public string? Rule { get; init; }

    /// <summary>The kind and the words.</summary>
    /// <returns>For example <c>death-toll: More than 13,000</c>.</returns>
    public override string ToString() => $"{Kind}: {Text}";
}
