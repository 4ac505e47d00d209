namespace QuoteCheck.Claims.Values;

/// <summary>
/// A closed interval of real numbers; an open side is an infinity. Two figures agree when their
/// intervals overlap.
/// </summary>
/// <param name="Min">The lower bound (may be <see cref="double.NegativeInfinity"/>).</param>
/// <param name="Max">The upper bound (may be <see cref="double.PositiveInfinity"/>).</param>
public readonly record struct Interval(double Min, double Max)
{
    /// <summary>An interval holding one value.</summary>
    /// <param name="value">The value.</param>
    /// <returns><c>[value, value]</c>.</returns>
    public static Interval Point(double value) => new(value, value);

    /// <summary>Whether the two intervals share a value.</summary>
    /// <param name="other">Another interval.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(Interval other) => Min <= other.Max && other.Min <= Max;

    /// <summary>Whether <paramref name="value"/> lies inside.</summary>
    /// <param name="value">A number.</param>
    /// <returns><see langword="true"/> when <c>Min &lt;= value &lt;= Max</c>.</returns>
    public bool Contains(double value) => value >= Min && value <= Max;
}
