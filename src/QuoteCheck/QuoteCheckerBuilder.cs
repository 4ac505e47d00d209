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
///     .WithMaxDegreeOfParallelism(1)
///     .Build();
/// </code>
/// </example>
public sealed class QuoteCheckerBuilder
{
    private readonly List<string> _cueVerbs = [];
    private readonly List<ISpeakerPattern> _speakerPatterns = [];
    private int _maxDegreeOfParallelism = Environment.ProcessorCount;

    /// <summary>
    /// Adds cues to the built-in list: each entry is one word form (<c>quipped</c>, <c>tweets</c>; add each
    /// form you want recognised) or a phrase of several words (<c>according to</c>).
    /// </summary>
    /// <param name="verbs">The verbs.</param>
    /// <returns>This builder.</returns>
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
    public QuoteCheckerBuilder AddSpeakerPattern(ISpeakerPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        _speakerPatterns.Add(pattern);
        return this;
    }

    /// <summary>Sets how many documents are analysed at once (1 for a single thread). The result is the same either way.</summary>
    /// <param name="degree">At least 1.</param>
    /// <returns>This builder.</returns>
    public QuoteCheckerBuilder WithMaxDegreeOfParallelism(int degree)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        _maxDegreeOfParallelism = degree;
        return this;
    }

    /// <summary>Builds the immutable pipeline. The builder may be changed and built again afterwards.</summary>
    /// <returns>A new checker.</returns>
    public QuoteChecker Build() =>
        new(new QuoteExtractor([.. _cueVerbs], [.. _speakerPatterns]), ValueRecognizer.Default, new ClaimExtractor(), new CrossChecker(), _maxDegreeOfParallelism);
}
