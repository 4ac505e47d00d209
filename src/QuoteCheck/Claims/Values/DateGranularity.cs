namespace QuoteCheck.Claims.Values;

/// <summary>How precisely a date is given; <c>June 27</c> is a day, <c>November 2018</c> a month.</summary>
public enum DateGranularity
{
    /// <summary>A calendar day.</summary>
    Day,

    /// <summary>A week.</summary>
    Week,

    /// <summary>A part of a month, such as <c>the end of June</c>.</summary>
    PartOfMonth,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A season or quarter.</summary>
    Quarter,

    /// <summary>A calendar year.</summary>
    Year,

    /// <summary>A decade, such as <c>the 1990s</c>.</summary>
    Decade,

    /// <summary>A stretch of dates with its own start and end, such as <c>1998-99</c>.</summary>
    Range,
}
