using System.Collections.Frozen;
using QuoteCheck.Claims.Values;

namespace QuoteCheck.Claims;

/// <summary>
/// A claim rule described by data: trigger words near a value of the expected kinds, a window, which
/// words become the subject, and whether a duration also implies a date. The built-in kinds are such
/// rules (read from the library's <c>claim-rules.json</c>), and <see cref="ClaimRuleSet.Load(string)"/> reads the
/// same rules from a user's JSON file.
/// </summary>
/// <remarks>Immutable and thread-safe. Make one with <see cref="Create"/>.</remarks>
/// <example>
/// <code>
/// ClaimRule evacuated = ClaimRule.Create("evacuated")
///     .WhenNear("evacuate", "evacuation", "fled")
///     .Expecting(ValueKind.Number)
///     .Within(wordsBefore: 3, wordsAfter: 4)
///     .SubjectFrom(ClaimSubject.Between | ClaimSubject.Trigger)
///     .Build();
/// </code>
/// </example>
public sealed class ClaimRule : IClaimRule
{
    internal ClaimRule(
        string name,
        string kind,
        IReadOnlyList<string> triggers,
        IReadOnlySet<ValueKind> valueKinds,
        int wordsBefore,
        int wordsAfter,
        int priority,
        bool inflectTriggers,
        ClaimSubject subject,
        IReadOnlyList<string> topics,
        DurationAnchor anchor,
        bool requireSubject)
    {
        RequireSubject = requireSubject;
        Name = name;
        Kind = kind;
        Triggers = triggers;
        ValueKinds = valueKinds;
        WordsBefore = wordsBefore;
        WordsAfter = wordsAfter;
        Priority = priority;
        InflectTriggers = inflectTriggers;
        Subject = subject;
        Topics = topics;
        Anchor = anchor;
        _topicIndex = topics.Count > 0 ? new TopicIndex(topics) : null;
    }

    private readonly TopicIndex? _topicIndex;

    /// <summary>The default number of words allowed between a trigger and the value, on either side.</summary>
    public const int DefaultWindow = 4;

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string Kind { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Triggers { get; }

    /// <inheritdoc/>
    public bool InflectTriggers { get; }

    /// <inheritdoc/>
    public IReadOnlySet<ValueKind> ValueKinds { get; }

    /// <inheritdoc/>
    public int WordsBefore { get; }

    /// <inheritdoc/>
    public int WordsAfter { get; }

    /// <inheritdoc/>
    public int Priority { get; }

    /// <summary>Which words of the sentence become the claim's subject.</summary>
    public ClaimSubject Subject { get; }

    /// <summary>The topic words for <see cref="ClaimSubject.Topic"/> (<c>war</c>, <c>talks</c>).</summary>
    public IReadOnlyList<string> Topics { get; }

    /// <summary>Whether the rule declines a value when no subject words are found (a count of nothing in particular says nothing checkable).</summary>
    public bool RequireSubject { get; }

    /// <summary>Whether a duration claim also implies a date (<see cref="Claim.ImpliedDate"/>).</summary>
    public DurationAnchor Anchor { get; }

    /// <summary>Starts a rule that makes claims of <paramref name="kind"/>.</summary>
    /// <param name="kind">The claim kind: lower-case letters, digits and hyphens, such as <c>evacuated</c>.</param>
    /// <returns>A builder; call <see cref="ClaimRuleBuilder.Build"/> when done.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a valid kind name.</exception>
    public static ClaimRuleBuilder Create(string kind) => new(kind);

    /// <summary>Makes the claim, with the subject words the rule asks for and, for an anchored duration, the implied date.</summary>
    /// <param name="candidate">The value and its sentence.</param>
    /// <returns>The claim, or null when <see cref="RequireSubject"/> is set and no subject words were found.</returns>
    public Claim? Apply(ClaimCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        bool found = candidate.TryFindSubject(Subject, Topics, _topicIndex, out string? subject, out var span);
        if (RequireSubject && !found)
        {
            return null;
        }

        // One claim object, with its implied date set from the start (a copy made "with" it cost a second).
        DateValue? implied = Anchor == DurationAnchor.EndsAtPublication ? candidate.ImpliedDate() : null;
        return found ? candidate.CreateClaim(subject, span, implied) : candidate.CreateClaim(null, null, implied);
    }

    /// <summary>The rule's name and kind.</summary>
    /// <returns>For example <c>death-toll (death-toll)</c>.</returns>
    public override string ToString() => $"{Name} ({Kind})";

    internal static FrozenSet<ValueKind> KindSet(IEnumerable<ValueKind> kinds) => kinds.ToFrozenSet();
}
