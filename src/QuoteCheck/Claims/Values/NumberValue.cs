using System.Globalization;

namespace QuoteCheck.Claims.Values;

/// <summary>
/// A number: a count, a percentage (<see cref="Unit"/> <c>%</c>) or an amount of money
/// (<see cref="Unit"/> an ISO 4217 code such as <c>USD</c>).
/// </summary>
/// <example>
/// "More than 13,000" is <c>new NumberValue(13000, new Interval(13000, double.PositiveInfinity), Qualifier.MoreThan)</c>.
/// </example>
public sealed record NumberValue : ClaimValue
{
    /// <summary>Creates a number.</summary>
    /// <param name="value">The figure as stated.</param>
    /// <param name="interval">The values the statement allows, after the qualifier's tolerance.</param>
    /// <param name="qualifier">The qualifier.</param>
    /// <param name="unit">Null for a plain number, <c>%</c> for a percentage, a currency code for money.</param>
    public NumberValue(double value, Interval interval, Qualifier qualifier = Qualifier.Exact, string? unit = null)
        : base(qualifier)
    {
        Value = value;
        Interval = interval;
        Unit = unit;
    }

    /// <summary>The figure as stated.</summary>
    public double Value { get; init; }

    /// <summary>The values the statement allows.</summary>
    public Interval Interval { get; init; }

    /// <summary>Null for a plain number, <c>%</c> for a percentage, a currency code for money.</summary>
    public string? Unit { get; init; }

    /// <summary>
    /// For a range given by two bounds ("more than 5 and at most 10"), which ends the words include, in interval
    /// notation ("(]"); null for a stated range ("between 5 and 10"), whose upper figure ends it. Internal: the
    /// console's corpus form writes it.
    /// </summary>
    internal string? StatedBounds { get; init; }

    /// <summary>An exact number.</summary>
    /// <param name="value">The number.</param>
    /// <param name="unit">The unit, if any.</param>
    /// <returns>A value whose interval is the single point.</returns>
    public static NumberValue Exactly(double value, string? unit = null) => new(value, Interval.Point(value), Qualifier.Exact, unit);

    /// <inheritdoc/>
    public override string ToNormalString() => Value.ToString("R", CultureInfo.InvariantCulture);
}
