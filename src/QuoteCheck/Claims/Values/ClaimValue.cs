namespace QuoteCheck.Claims.Values;

/// <summary>
/// A normalised value: a <see cref="NumberValue"/> (counts, percentages, money), a
/// <see cref="DateValue"/> or a <see cref="DurationValue"/>. Different ideas have different types so
/// that a day is never compared with a length of time by accident.
/// </summary>
/// <remarks>Values are immutable records and safe to share across threads.</remarks>
public abstract record ClaimValue
{
    private protected ClaimValue(Qualifier qualifier) => Qualifier = qualifier;

    /// <summary>The qualifier that came with the figure (<c>more than</c>, <c>about</c>, …).</summary>
    public Qualifier Qualifier { get; init; }

    /// <summary>
    /// The value in the normal form the JSON report uses: a number as invariant digits, a date as an
    /// ISO date or partial date (<c>2018-11</c>, <c>2008</c>), a duration as ISO 8601 (<c>P18M</c>).
    /// </summary>
    /// <returns>The normal form.</returns>
    public abstract string ToNormalString();
}
