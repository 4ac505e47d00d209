using System.Globalization;

namespace QuoteCheck.Claims.Values;

/// <summary>A length of time: <c>18 months</c>, <c>nearly a decade</c>, <c>more than 20 years</c>.</summary>
public sealed record DurationValue : ClaimValue
{
    /// <summary>Creates a duration.</summary>
    /// <param name="amount">How many units, as stated.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="interval">The amounts (in <paramref name="unit"/>) the statement allows, after the qualifier's tolerance.</param>
    /// <param name="qualifier">The qualifier.</param>
    public DurationValue(double amount, DurationUnit unit, Interval interval, Qualifier qualifier = Qualifier.Exact)
        : base(qualifier)
    {
        Amount = amount;
        Unit = unit;
        Interval = interval;
    }

    /// <summary>How many units, as stated.</summary>
    public double Amount { get; init; }

    /// <summary>The unit.</summary>
    public DurationUnit Unit { get; init; }

    /// <summary>The amounts the statement allows, in <see cref="Unit"/>.</summary>
    public Interval Interval { get; init; }

    /// <summary>The allowed lengths in days (a month is 30.44 days, a year 365.25), for comparing durations given in different units.</summary>
    public Interval IntervalInDays => new(Interval.Min * DaysPer(Unit), Interval.Max * DaysPer(Unit));

    /// <summary>The number of days in one unit, on average.</summary>
    /// <param name="unit">A unit.</param>
    /// <returns>Days per unit.</returns>
    public static double DaysPer(DurationUnit unit) => unit switch
    {
        DurationUnit.Second => 1.0 / 86400,
        DurationUnit.Minute => 1.0 / 1440,
        DurationUnit.Hour => 1.0 / 24,
        DurationUnit.Day => 1,
        DurationUnit.Week => 7,
        DurationUnit.Month => 365.25 / 12,
        DurationUnit.Year => 365.25,
        DurationUnit.Decade => 3652.5,
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <inheritdoc/>
    public override string ToNormalString()
    {
        string n = Amount.ToString("R", CultureInfo.InvariantCulture);
        return Unit switch
        {
            DurationUnit.Second => $"PT{n}S",
            DurationUnit.Minute => $"PT{n}M",
            DurationUnit.Hour => $"PT{n}H",
            DurationUnit.Day => $"P{n}D",
            DurationUnit.Week => $"P{n}W",
            DurationUnit.Month => $"P{n}M",
            DurationUnit.Year => $"P{n}Y",
            DurationUnit.Decade => $"P{(Amount * 10).ToString("R", CultureInfo.InvariantCulture)}Y",
            _ => throw new InvalidOperationException(),
        };
    }
}
