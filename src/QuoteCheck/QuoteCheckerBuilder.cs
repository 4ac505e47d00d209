using QuoteCheck.Claims;
using QuoteCheck.Claims.Values;
using QuoteCheck.CrossCheck;
using QuoteCheck.Quotes;

namespace QuoteCheck;

/// <summary>
/// Configures and builds a <see cref="QuoteChecker"/>. The builder is mutable and not thread-safe;
/// the checker it builds is immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// QuoteChecker checker = new QuoteCheckerBuilder()
///     .AddCueVerbs("quipped", "tweeted")
///     .AddClaimRules("rules/newsroom.json")
///     .WithMaxDegreeOfParallelism(1)
///     .Build();
/// </code>
/// </example>
public sealed class QuoteCheckerBuilder
{
    private readonly List<string> _cueVerbs = [];
    private readonly List<ISpeakerPattern> _speakerPatterns = [];
    private int _maxDegreeOfParallelism = Environment.ProcessorCount;
    private ClaimRuleSet _claimRules = ClaimRuleSet.Default;

    /// <summary>
    /// Adds cues to the built-in list: each entry is one word form (<c>quipped</c>, <c>tweets</c>; add each
    /// form you want recognised) or a phrase of several words (<c>according to</c>).
    /// </summary>
    /// <param name="verbs">The verbs.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="verbs"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">One of the verbs is empty or white space only.</exception>
    public QuoteCheckerBuilder AddCueVerbs(params IEnumerable<string> verbs)
    {
        ArgumentNullException.ThrowIfNull(verbs);
        foreach (string verb in verbs)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(verb, nameof(verbs));
            _cueVerbs.Add(verb.Trim());
        }

        return this;
    }

    /// <summary>Adds a rule that recognises speakers the built-in rules do not know; patterns are asked in the order added, before the built-in rules.</summary>
    /// <param name="pattern">The pattern; it must be thread-safe.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    public QuoteCheckerBuilder AddSpeakerPattern(ISpeakerPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        _speakerPatterns.Add(pattern);
        return this;
    }

    /// <summary>Adds a claim rule after the rules so far (the built-in rules unless cleared); a rule with the name of an earlier rule replaces it.</summary>
    /// <param name="rule">The rule, for example one made with <see cref="ClaimRule.Create"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The rule has an invalid name or kind, or no value kinds.</exception>
    public QuoteCheckerBuilder AddClaimRule(IClaimRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _claimRules = _claimRules.With(rule);
        return this;
    }

    /// <summary>Adds a set of claim rules after the rules so far; a rule with the name of an earlier rule replaces it.</summary>
    /// <param name="rules">The rules, for example from <see cref="ClaimRuleSet.Load(string)"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public QuoteCheckerBuilder AddClaimRules(ClaimRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _claimRules = _claimRules.With(rules);
        return this;
    }

    /// <summary>Reads claim rules from a JSON file (format in docs/claim-rules.md) and adds them after the rules so far.</summary>
    /// <param name="path">The file.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="ClaimRuleException">The file is not valid: the message names the file, line, position and problem.
    /// Nothing in the file is read as a type name, a path or code.</exception>
    /// <exception cref="IOException">The file cannot be read (a <see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public QuoteCheckerBuilder AddClaimRules(string path) => AddClaimRules(ClaimRuleSet.Load(path));

    /// <summary>Reads claim rules from JSON in a stream and adds them after the rules so far.</summary>
    /// <param name="json">UTF-8 JSON; left open.</param>
    /// <param name="sourceName">The name error messages give for the stream.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is null or empty.</exception>
    /// <exception cref="ClaimRuleException">The JSON is not valid: the message names the source, line, position and problem.</exception>
    public QuoteCheckerBuilder AddClaimRules(Stream json, string sourceName) => AddClaimRules(ClaimRuleSet.Load(json, sourceName));

    /// <summary>Removes every claim rule, built-in ones included, so that only rules added afterwards apply.</summary>
    /// <returns>This builder.</returns>
    public QuoteCheckerBuilder ClearClaimRules()
    {
        _claimRules = ClaimRuleSet.Empty;
        return this;
    }

    /// <summary>Goes back to the built-in claim rules alone (<see cref="ClaimRuleSet.Default"/>), dropping rules added so far.</summary>
    /// <returns>This builder.</returns>
    public QuoteCheckerBuilder UseDefaultClaimRules()
    {
        _claimRules = ClaimRuleSet.Default;
        return this;
    }

    /// <summary>Sets how many documents are analysed at once (1 for a single thread). The result is the same either way.</summary>
    /// <param name="degree">At least 1.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degree"/> is less than 1.</exception>
    public QuoteCheckerBuilder WithMaxDegreeOfParallelism(int degree)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        _maxDegreeOfParallelism = degree;
        return this;
    }

    /// <summary>Builds the immutable pipeline. The builder may be changed and built again afterwards.</summary>
    /// <returns>A new checker. Never throws: everything added was checked when it was added.</returns>
    public QuoteChecker Build() =>
        new(new QuoteExtractor([.. _cueVerbs], [.. _speakerPatterns]), ValueRecognizer.Default, new ClaimExtractor(_claimRules), new CrossChecker(_maxDegreeOfParallelism), _maxDegreeOfParallelism);
}
