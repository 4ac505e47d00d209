namespace QuoteCheck.Claims.Values;

/// <summary>The unit a duration is stated in.</summary>
public enum DurationUnit
{
    /// <summary>Seconds.</summary>
    Second,

    /// <summary>Minutes.</summary>
    Minute,

    /// <summary>Hours.</summary>
    Hour,

    /// <summary>Days.</summary>
    Day,

    /// <summary>Weeks.</summary>
    Week,

    /// <summary>Months.</summary>
    Month,

    /// <summary>Years.</summary>
    Year,

    /// <summary>Decades.</summary>
    Decade,
}
