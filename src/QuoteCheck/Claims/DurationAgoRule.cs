using System.Collections.Frozen;
using QuoteCheck.Claims.Values;
using QuoteCheck.Text;

namespace QuoteCheck.Claims;

/// <summary>
/// The built-in rule that needs code: a date written as a duration back from the publication date
/// (<c>18 months ago</c>) is a <c>duration</c> claim, so that it lines up with the other sources'
/// durations (<c>the first talks in 18 months</c>), and its <see cref="Claim.ImpliedDate"/> carries the date.
/// </summary>
/// <remarks>
/// The value recogniser may give "18 months ago" as one date; this rule recognises the words before
/// <c>ago</c> again as a duration and makes the claim from that, with the clause before it as subject.
/// Immutable and thread-safe.
/// </remarks>
internal sealed class DurationAgoRule : IClaimRule
{
    private static readonly FrozenSet<ValueKind> Kinds = new[] { ValueKind.Date, ValueKind.DateRange }.ToFrozenSet();
    private static readonly string[] TriggerWords = ["ago"];

    public static DurationAgoRule Instance { get; } = new();

    public string Name => "duration-ago-date";

    public string Kind => "duration";

    public IReadOnlyList<string> Triggers => TriggerWords;

    public bool InflectTriggers => false;

    public IReadOnlySet<ValueKind> ValueKinds => Kinds;

    public int WordsBefore => 0;

    public int WordsAfter => 0;

    // Above the dated-event rules: "collapsed 18 months ago" is a duration claim first.
    public int Priority => 25;

    public Claim? Apply(ClaimCandidate candidate)
    {
        RecognizedValue value = candidate.Value;
        ReadOnlySpan<char> words = value.Span.Slice(candidate.Text).TrimEnd();
        if (!words.EndsWith("ago", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        int end = value.Span.Start + words.Length - 3;
        while (end > value.Span.Start && char.IsWhiteSpace(candidate.Text[end - 1]))
        {
            end--;
        }

        var found = new List<RecognizedValue>(1);
        ValueRecognizer.Default.Recognize(candidate.Text, TextSpan.FromBounds(value.Span.Start, end), candidate.PublicationDate, found);
        if (found is not [{ Value: DurationValue duration } length] || length.Span.End != end)
        {
            return null;
        }

        candidate.TryFindSubject(ClaimSubject.ClauseBefore, [], out string? subject, out TextSpan span);
        return new Claim(Kind, length, candidate.Sentence)
        {
            Subject = subject,
            SubjectSpan = subject is null ? null : span,
            Speaker = candidate.Speaker,
            Rule = Name,
            ImpliedDate = ImpliedDates.Before(candidate.PublicationDate, duration),
        };
    }
}
