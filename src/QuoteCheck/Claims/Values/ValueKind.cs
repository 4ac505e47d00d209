namespace QuoteCheck.Claims.Values;

/// <summary>What sort of value a recogniser found. The names match the <c>type</c> field of <c>quotecheck values</c>.</summary>
public enum ValueKind
{
    /// <summary>A plain number or count: <c>13,000</c>, <c>five</c>, <c>1.2 million</c>.</summary>
    Number,

    /// <summary>A percentage: <c>40%</c>, <c>100-percent</c>.</summary>
    Percent,

    /// <summary>A range of numbers: <c>between 10 and 12</c>.</summary>
    NumberRange,

    /// <summary>An amount of money with its currency: <c>$5 million</c>.</summary>
    Currency,

    /// <summary>A day, month, year or decade: <c>July 16, 2020</c>, <c>November 2018</c>, <c>last Sunday</c>.</summary>
    Date,

    /// <summary>A span of dates: <c>1998-99</c>, <c>between May and July</c>, <c>the end of June</c>.</summary>
    DateRange,

    /// <summary>A length of time: <c>18 months</c>, <c>nearly a decade</c>.</summary>
    Duration,
}
