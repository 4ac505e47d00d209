using System.Globalization;
using NUnit.Framework.Constraints;
using QuoteCheck.Claims;
using QuoteCheck.Claims.Values;
using Interval = QuoteCheck.Claims.Values.Interval;
using QuoteCheck.Text;

namespace QuoteCheck.Testing;

/// <summary>
/// An NUnit constraint on the claims a text yields. Made by <see cref="Yields.Claim"/> or <see cref="Yields.NoClaim"/>;
/// each method adds a condition and returns the same constraint.
/// </summary>
/// <example>
/// <code>
/// Assert.That("Talks broke down in November 2018.", Yields.Claim("date").OnDate("2018-11").WithSubject("broke down"));
/// Assert.That(text, Yields.Claim("evacuated").Using(myRules).AtLeast(2000).PublishedOn(new DateOnly(2031, 3, 4)));
/// </code>
/// </example>
public sealed class ClaimConstraint : Constraint
{
    private readonly string _kind;
    private readonly bool _expectNone;
    private readonly List<(string Description, Func<Claim, bool> Test)> _conditions = [];
    private ClaimRuleSet? _addedRules;
    private QuoteChecker? _checker;
    private QuoteChecker? _builtChecker;
    private DateOnly? _published;

    internal ClaimConstraint(string kind, bool expectNone)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        _kind = kind;
        _expectNone = expectNone;
    }

    /// <summary>What the constraint expects, in words.</summary>
    public override string Description
    {
        get
        {
            string conditions = _conditions.Count == 0 ? string.Empty : " " + string.Join(" and ", _conditions.Select(c => c.Description));
            string article = _expectNone ? "no " : "aeiou".Contains(char.ToLowerInvariant(_kind[0]), StringComparison.Ordinal) ? "an " : "a ";
            return article + _kind + " claim" + conditions;
        }
    }

    /// <summary>The claim states a lower bound of <paramref name="value"/> with no upper bound (<c>more than</c>, <c>at least</c>, <c>over</c>).</summary>
    /// <param name="value">The bound as written.</param>
    /// <returns>This constraint.</returns>
    public ClaimConstraint AtLeast(double value) => Add($"at least {Show(value)}", c => Bounds(c) is { } i && double.IsPositiveInfinity(i.Max) && i.Min >= value && i.Min <= value + 1);

    /// <summary>The claim states an upper bound of <paramref name="value"/> with no lower bound (<c>up to</c>, <c>fewer than</c>; <c>nearly</c> too when its interval has no lower bound).</summary>
    /// <param name="value">The bound as written.</param>
    /// <returns>This constraint.</returns>
    public ClaimConstraint AtMost(double value) => Add($"at most {Show(value)}", c => Bounds(c) is { } i && (double.IsNegativeInfinity(i.Min) || i.Min <= 0) && i.Max <= value && i.Max >= value - 1);

    /// <summary>The claim states exactly <paramref name="value"/>, with no qualifier.</summary>
    /// <param name="value">The figure.</param>
    /// <returns>This constraint.</returns>
    public ClaimConstraint Exactly(double value) => Add($"exactly {Show(value)}", c => Stated(c) == value && c.Value.Value.Qualifier == Qualifier.Exact);

    /// <summary>The claim's figure, as written, is <paramref name="value"/>, whatever its qualifier (<c>about 30</c> and <c>more than 30</c> both have 30).</summary>
    /// <param name="value">The figure.</param>
    /// <returns>This constraint.</returns>
    public ClaimConstraint WithValue(double value) => Add($"with the figure {Show(value)}", c => Stated(c) == value);

    /// <summary>The claim's interval (after its qualifier's tolerance) lies within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="min">The lowest value allowed.</param>
    /// <param name="max">The highest value allowed.</param>
    /// <returns>This constraint.</returns>
    public ClaimConstraint Between(double min, double max) => Add($"between {Show(min)} and {Show(max)}", c => Bounds(c) is { } i && i.Min >= min && i.Max <= max);

    /// <summary>The claim's qualifier is <paramref name="qualifier"/>.</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>This constraint.</returns>
    public ClaimConstraint Qualified(Qualifier qualifier) => Add($"qualified {qualifier}", c => c.Value.Value.Qualifier == qualifier);

    /// <summary>The claim's date has the normal form <paramref name="date"/>: <c>2018-11</c>, <c>2008</c>, <c>2020-07-16</c>.</summary>
    /// <param name="date">An ISO date or partial date.</param>
    /// <returns>This constraint.</returns>
    public ClaimConstraint OnDate(string date)
    {
        ArgumentException.ThrowIfNullOrEmpty(date);
        return Add($"on {date}", c => c.Value.Value is DateValue d && d.ToNormalString() == date);
    }

    /// <summary>The claim's duration has the ISO-8601 form <paramref name="duration"/>, such as <c>P18M</c>.</summary>
    /// <param name="duration">An ISO-8601 duration.</param>
    /// <returns>This constraint.</returns>
    public ClaimConstraint WithDuration(string duration)
    {
        ArgumentException.ThrowIfNullOrEmpty(duration);
        return Add($"lasting {duration}", c => c.Value.Value is DurationValue d && d.ToNormalString() == duration);
    }

    /// <summary>
    /// The claim's <see cref="Claim.ImpliedDate"/> falls within the period <paramref name="period"/> (<c>2019</c>,
    /// <c>2018-11</c>, <c>2019-01-11</c>): every day it covers lies in the period.
    /// </summary>
    /// <param name="period">An ISO year, month or day.</param>
    /// <returns>This constraint.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not an ISO year, month or day.</exception>
    public ClaimConstraint ImplyingDate(string period)
    {
        (DateOnly from, DateOnly to) = Period(period);
        return Add($"implying a date in {period}", c => c.ImpliedDate is { Start: { } s, End: { } e } && s >= from && e <= to);
    }

    /// <summary>The claim's subject contains <paramref name="words"/>, ignoring case.</summary>
    /// <param name="words">Words such as <c>war</c> or <c>broke down</c>.</param>
    /// <returns>This constraint.</returns>
    public ClaimConstraint WithSubject(string words)
    {
        ArgumentException.ThrowIfNullOrEmpty(words);
        return Add($"with subject containing \"{words}\"", c => c.Subject?.Contains(words, StringComparison.OrdinalIgnoreCase) == true);
    }

    /// <summary>The claim's words are <paramref name="text"/> exactly (ignoring case), such as <c>More than 13,000</c>.</summary>
    /// <param name="text">The words as written.</param>
    /// <returns>This constraint.</returns>
    public ClaimConstraint WithText(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return Add($"written \"{text}\"", c => string.Equals(c.Text, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The claim lies in a quote by a speaker whose name contains <paramref name="name"/>, ignoring case.</summary>
    /// <param name="name">A name or part of one.</param>
    /// <returns>This constraint.</returns>
    public ClaimConstraint SpokenBy(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Add($"spoken by {name}", c => c.Speaker?.Name.Contains(name, StringComparison.OrdinalIgnoreCase) == true);
    }

    /// <summary>The claim was made by the rule named <paramref name="ruleName"/>.</summary>
    /// <param name="ruleName">A rule name.</param>
    /// <returns>This constraint.</returns>
    public ClaimConstraint ByRule(string ruleName)
    {
        ArgumentException.ThrowIfNullOrEmpty(ruleName);
        return Add($"made by rule {ruleName}", c => c.Rule == ruleName);
    }

    /// <summary>Analyses the text with the built-in rules plus <paramref name="rules"/> (a rule of the same name replaces a built-in one).</summary>
    /// <param name="rules">The rules under test.</param>
    /// <returns>This constraint.</returns>
    public ClaimConstraint Using(ClaimRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _addedRules = _addedRules is null ? rules : _addedRules.With(rules);
        _builtChecker = null;
        return this;
    }

    /// <summary>Analyses the text with the built-in rules plus <paramref name="rule"/>.</summary>
    /// <param name="rule">The rule under test.</param>
    /// <returns>This constraint.</returns>
    public ClaimConstraint Using(IClaimRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Using(ClaimRuleSet.Create(rule));
    }

    /// <summary>Analyses the text with this pipeline (for example one built with only your rules).</summary>
    /// <param name="checker">The pipeline.</param>
    /// <returns>This constraint.</returns>
    public ClaimConstraint Using(QuoteChecker checker)
    {
        _checker = checker ?? throw new ArgumentNullException(nameof(checker));
        return this;
    }

    /// <summary>Analyses a text given as a string as if published on <paramref name="date"/>, so relative dates resolve.</summary>
    /// <param name="date">The publication date.</param>
    /// <returns>This constraint.</returns>
    public ClaimConstraint PublishedOn(DateOnly date)
    {
        _published = date;
        return this;
    }

    /// <summary>Analyses a text given as a string as if published on <paramref name="isoDate"/> (<c>yyyy-MM-dd</c>).</summary>
    /// <param name="isoDate">The publication date.</param>
    /// <returns>This constraint.</returns>
    /// <exception cref="FormatException"><paramref name="isoDate"/> is not <c>yyyy-MM-dd</c>.</exception>
    public ClaimConstraint PublishedOn(string isoDate) =>
        PublishedOn(DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Analyses the actual value and checks its claims.</summary>
    /// <typeparam name="TActual">A string, <see cref="SourceDocument"/> or <see cref="DocumentAnalysis"/>.</typeparam>
    /// <param name="actual">The text to analyse.</param>
    /// <returns>The result; its message lists every claim found.</returns>
    /// <exception cref="ArgumentException"><paramref name="actual"/> is of another type.</exception>
    public override ConstraintResult ApplyTo<TActual>(TActual actual)
    {
        DocumentAnalysis analysis = actual switch
        {
            DocumentAnalysis a => a,
            SourceDocument d => Checker().Analyze(_published is { } p && d.Published is null ? d.WithPublished(p) : d),
            string text => Checker().Analyze(SourceDocument.Create("text", text, _published)),
            _ => throw new ArgumentException($"Yields.Claim checks a string, a SourceDocument or a DocumentAnalysis, not {actual?.GetType().Name ?? "null"}.", nameof(actual)),
        };

        bool found = analysis.Claims.Any(Matches);
        return new ClaimConstraintResult(this, analysis, found != _expectNone);
    }

    private bool Matches(Claim claim) =>
        claim.Kind == _kind && _conditions.TrueForAll(c => c.Test(claim));

    private QuoteChecker Checker()
    {
        if (_checker is not null)
        {
            return _checker;
        }

        if (_addedRules is null)
        {
            return QuoteChecker.Default;
        }

        if (_builtChecker is null)
        {
            _builtChecker = new QuoteCheckerBuilder().WithMaxDegreeOfParallelism(1).AddClaimRules(_addedRules).Build();
        }

        return _builtChecker;
    }

    private ClaimConstraint Add(string description, Func<Claim, bool> test)
    {
        _conditions.Add((description, test));
        return this;
    }

    private static Interval? Bounds(Claim claim) => claim.Value.Value switch
    {
        NumberValue n => n.Interval,
        DurationValue d => d.Interval,
        _ => null,
    };

    private static double? Stated(Claim claim) => claim.Value.Value switch
    {
        NumberValue n => n.Value,
        DurationValue d => d.Amount,
        _ => null,
    };

    private static (DateOnly From, DateOnly To) Period(string period)
    {
        ArgumentException.ThrowIfNullOrEmpty(period);
        CultureInfo inv = CultureInfo.InvariantCulture;
        if (period.Length == 4 && int.TryParse(period, NumberStyles.None, inv, out int year) && year >= 1)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 1, 1).AddYears(1));
        }

        if (DateOnly.TryParseExact(period, "yyyy-MM", inv, DateTimeStyles.None, out DateOnly month))
        {
            return (month, month.AddMonths(1));
        }

        if (DateOnly.TryParseExact(period, "yyyy-MM-dd", inv, DateTimeStyles.None, out DateOnly day))
        {
            return (day, day.AddDays(1));
        }

        throw new ArgumentException($"'{period}' is not an ISO year (2019), month (2019-01) or day (2019-01-11).", nameof(period));
    }

    internal static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
