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
    private int _maxDegreeOfParallelism = Environment.ProcessorCount;

    /// <summary>Adds speech verbs (any form: <c>quipped</c>, <c>tweets</c>) to the built-in list of cues.</summary>
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
        new(new QuoteExtractor([.. _cueVerbs]), ValueRecognizer.Default, new ClaimExtractor(), new CrossChecker(), _maxDegreeOfParallelism);
}
