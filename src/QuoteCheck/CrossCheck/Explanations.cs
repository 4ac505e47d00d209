using System.Globalization;

namespace QuoteCheck.CrossCheck;

/// <summary>
/// Every sentence the cross-check writes for people, in one place: composite format strings filled with
/// <see cref="string.Format(IFormatProvider, string, object?[])"/> (invariant culture). Document names are
/// short labels (<c>000</c> for <c>000_5d72….txt</c>); lists read <c>000, 001 and 002</c>.
/// </summary>
public static class Explanations
{
    /// <summary>Misattribution. {0} quote, {1} documents and speaker of one side, {2} of the other.</summary>
    public const string QuoteSpeaker = "The same words, \u201C{0}\u201D, are given to {1} and to {2}.";

    /// <summary>One side of <see cref="QuoteSpeaker"/>. {0} speaker, {1} documents.</summary>
    public const string SpeakerSide = "{0} by {1}";

    /// <summary>Wording differs. {0} speaker, {1} and {2} the documents, {3} similarity (0–100), {4} word diff.</summary>
    public const string QuoteWording = "{1} and {2} word a quote attributed to {0} differently ({3}% alike): {4}.";

    /// <summary>Truncated or extended. {0} speaker, {1} the shorter document, {2} the longer one.</summary>
    public const string QuoteTruncated = "{1} gives a shorter version than {2} of a quote attributed to {0}.";

    /// <summary>Quote against indirect speech with a negation gained or lost. {0} speaker, {1} quoting document, {2} reporting document.</summary>
    public const string QuoteMeaning = "{1} quotes {0} directly, but {2} reports the words with the opposite sense (a negation is added or lost).";

    /// <summary>Sources disagree on a claim. {0} the subject, {1} the sides (see <see cref="ClaimSide"/>) joined by <c>"; "</c>.</summary>
    public const string ClaimDisagreement = "Sources disagree on {0}: {1}.";

    /// <summary>One agreeing side of a claim disagreement. {0} documents, {1} their words.</summary>
    public const string ClaimSide = "{0} say {1}";

    /// <summary>One agreeing side of a claim disagreement given by a single document. {0} the document, {1} its words.</summary>
    public const string ClaimSideOne = "{0} says {1}";

    /// <summary>How a duration counted back from the article's date is shown in a side: {0} the words.</summary>
    public const string DurationBack = "{0} back";

    /// <summary>An article contradicts itself. {0} the document, {1} the subject, {2} the sides joined by <c>" but also "</c>.</summary>
    public const string Internal = "{0} contradicts itself on {1}: it says {2}.";

    /// <summary>A cumulative figure grows with time (the sentence is capitalised). {0} subject, {1} the sides in date order joined by <c>", then "</c>.</summary>
    public const string Update = "{0} grows as reports come in: {1}. A later report, not a contradiction.";

    /// <summary>One dated side of an update. {0} documents, {1} date, {2} words.</summary>
    public const string UpdateSide = "{0} ({1}): {2}";

    /// <summary>The same article twice. {0} the first document, {1} the copy, {2} share of shared passages (0–100).</summary>
    public const string Duplicate = "{0} and {1} carry the same article ({2}% of its passages shared); it counts as one source.";

    /// <summary>The subject of a group of time claims. {0} the topic (<c>the talks</c>), {1} the event (<c>broke down</c>).</summary>
    public const string SubjectWhen = "when {0} {1}";

    /// <summary>The subject of a group of counts. {0} the topic (<c>deaths</c>).</summary>
    public const string SubjectCount = "the number of {0}";

    /// <summary>The subject of a group of lengths. {0} the topic (<c>the delay</c>).</summary>
    public const string SubjectLength = "the length of {0}";

    /// <summary>The event of a time claim whose event word is unknown.</summary>
    public const string SomethingHappened = "happened";

    /// <summary>Joins the different words one side of a claim disagreement uses.</summary>
    public const string AlternativeWords = " or ";

    /// <summary>Joins the sides of a claim disagreement.</summary>
    public const string SideSeparator = "; ";

    /// <summary>Joins the sides of an internal contradiction.</summary>
    public const string InternalSeparator = " but also ";

    /// <summary>Joins the sides of an update, in date order.</summary>
    public const string UpdateSeparator = ", then ";

    /// <summary>A speaker no source names.</summary>
    public const string UnnamedSpeaker = "an unnamed speaker";

    /// <summary>The word that ends a list of more than one item.</summary>
    public const string ListAnd = " and ";

    /// <summary>Fills a template with invariant formatting.</summary>
    /// <param name="template">One of the templates of this class.</param>
    /// <param name="arguments">The values.</param>
    /// <returns>The sentence.</returns>
    public static string Format(string template, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, template, arguments);

    /// <summary>Joins items as people write lists: <c>a</c>, <c>a and b</c>, <c>a, b and c</c>.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The list.</returns>
    public static string List(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        string[] all = [.. items];
        return all.Length switch
        {
            0 => "",
            1 => all[0],
            _ => string.Join(", ", all[..^1]) + ListAnd + all[^1],
        };
    }
}
