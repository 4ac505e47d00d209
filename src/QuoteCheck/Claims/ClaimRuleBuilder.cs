using QuoteCheck.Claims.Values;

namespace QuoteCheck.Claims;

/// <summary>
/// Describes a <see cref="ClaimRule"/> step by step. Mutable and not thread-safe; the rule it builds is immutable.
/// </summary>
/// <example>
/// <code>
/// ClaimRule arrested = ClaimRule.Create("arrested")
///     .WhenNear("arrest", "detain", "held")
///     .Expecting(ValueKind.Number, ValueKind.NumberRange)
///     .Build();
/// </code>
/// </example>
public sealed class ClaimRuleBuilder
{
    private readonly string _kind;
    private readonly List<string> _triggers = [];
    private readonly HashSet<ValueKind> _valueKinds = [];
    private readonly List<string> _topics = [];
    private string? _name;
    private int _wordsBefore = ClaimRule.DefaultWindow;
    private int _wordsAfter = ClaimRule.DefaultWindow;
    private int _priority;
    private bool _inflect = true;
    private ClaimSubject _subject = ClaimSubject.Between | ClaimSubject.Trigger;
    private DurationAnchor _anchor;
    private bool _requireSubject;

    internal ClaimRuleBuilder(string kind)
    {
        if (!ClaimRuleNames.IsValid(kind))
        {
            throw new ArgumentException(ClaimRuleErrors.BadKindName(kind), nameof(kind));
        }

        _kind = kind;
    }

    /// <summary>Names the rule (by default its name is its kind). A rule replaces an earlier rule of the same name in a <see cref="ClaimRuleSet"/>.</summary>
    /// <param name="name">Lower-case letters, digits and hyphens.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid name.</exception>
    public ClaimRuleBuilder Named(string name)
    {
        if (!ClaimRuleNames.IsValid(name))
        {
            throw new ArgumentException(ClaimRuleErrors.BadRuleName(name), nameof(name));
        }

        _name = name;
        return this;
    }

    /// <summary>Adds trigger words or phrases (<c>evacuate</c>, <c>fled their homes</c>). Without any, the rule applies to every value of its kinds.</summary>
    /// <param name="triggers">Words separated by single spaces: letters, digits, apostrophes and hyphens.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A trigger is empty or holds other characters.</exception>
    public ClaimRuleBuilder WhenNear(params IEnumerable<string> triggers)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        foreach (string trigger in triggers)
        {
            if (ClaimRuleNames.NormalizePhrase(trigger) is not { } phrase)
            {
                throw new ArgumentException(ClaimRuleErrors.BadTrigger(trigger), nameof(triggers));
            }

            _triggers.Add(phrase);
        }

        return this;
    }

    /// <summary>Adds the kinds of value the rule accepts.</summary>
    /// <param name="kinds">At least one kind overall.</param>
    /// <returns>This builder.</returns>
    public ClaimRuleBuilder Expecting(params IEnumerable<ValueKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        foreach (ValueKind kind in kinds)
        {
            if (!Enum.IsDefined(kind))
            {
                throw new ArgumentOutOfRangeException(nameof(kinds), kind, ClaimRuleErrors.BadValueKind(kind.ToString()));
            }

            _valueKinds.Add(kind);
        }

        return this;
    }

    /// <summary>Sets the window: how many words may stand between a trigger and the value (default <see cref="ClaimRule.DefaultWindow"/> each).</summary>
    /// <param name="wordsBefore">When the trigger comes first.</param>
    /// <param name="wordsAfter">When the value comes first.</param>
    /// <returns>This builder.</returns>
    public ClaimRuleBuilder Within(int wordsBefore, int wordsAfter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(wordsBefore);
        ArgumentOutOfRangeException.ThrowIfNegative(wordsAfter);
        _wordsBefore = wordsBefore;
        _wordsAfter = wordsAfter;
        return this;
    }

    /// <summary>Sets which words become the subject (default <see cref="ClaimSubject.Between"/> and <see cref="ClaimSubject.Trigger"/>).</summary>
    /// <param name="subject">The parts to take.</param>
    /// <returns>This builder.</returns>
    public ClaimRuleBuilder SubjectFrom(ClaimSubject subject)
    {
        _subject = subject;
        return this;
    }

    /// <summary>Adds topic words for <see cref="ClaimSubject.Topic"/> (and turns that part on): the nearest one in the sentence joins the subject.</summary>
    /// <param name="topics">Words or phrases such as <c>flood</c>, <c>the storm</c>.</param>
    /// <returns>This builder.</returns>
    public ClaimRuleBuilder About(params IEnumerable<string> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        foreach (string topic in topics)
        {
            _topics.Add(ClaimRuleNames.NormalizePhrase(topic) ?? throw new ArgumentException(ClaimRuleErrors.BadTopic(topic), nameof(topics)));
        }

        _subject |= ClaimSubject.Topic;
        return this;
    }

    /// <summary>Sets the priority (default 0): rules with a higher priority are offered a value first.</summary>
    /// <param name="priority">Any number.</param>
    /// <returns>This builder.</returns>
    public ClaimRuleBuilder WithPriority(int priority)
    {
        _priority = priority;
        return this;
    }

    /// <summary>Matches the triggers only as written, without their inflections (<c>last</c> should not match <c>lasted</c>).</summary>
    /// <returns>This builder.</returns>
    public ClaimRuleBuilder WithoutInflections()
    {
        _inflect = false;
        return this;
    }

    /// <summary>Says that a duration found by this rule reaches back from the publication date, so the claim gets an <see cref="Claim.ImpliedDate"/>.</summary>
    /// <returns>This builder.</returns>
    public ClaimRuleBuilder EndingAtPublication()
    {
        _anchor = DurationAnchor.EndsAtPublication;
        return this;
    }

    /// <summary>Makes the rule decline a value when no subject words are found, leaving it to the next rule.</summary>
    /// <returns>This builder.</returns>
    public ClaimRuleBuilder RequiringSubject()
    {
        _requireSubject = true;
        return this;
    }

    /// <summary>Builds the immutable rule.</summary>
    /// <returns>The rule.</returns>
    /// <exception cref="InvalidOperationException">No value kind was given.</exception>
    public ClaimRule Build()
    {
        if (_valueKinds.Count == 0)
        {
            throw new InvalidOperationException(ClaimRuleErrors.NoValueKinds);
        }

        return new ClaimRule(
            _name ?? _kind,
            _kind,
            [.. _triggers.Distinct(StringComparer.OrdinalIgnoreCase)],
            ClaimRule.KindSet(_valueKinds),
            _wordsBefore,
            _wordsAfter,
            _priority,
            _inflect,
            _subject,
            [.. _topics.Distinct(StringComparer.OrdinalIgnoreCase)],
            _anchor,
            _requireSubject);
    }
}
