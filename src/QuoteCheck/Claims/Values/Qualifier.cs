namespace QuoteCheck.Claims.Values;

/// <summary>
/// The word that says how exact a figure is. It decides the value's <see cref="Interval"/>; the
/// tolerances are listed in docs/values.md.
/// </summary>
public enum Qualifier
{
    /// <summary>No qualifier: the figure as stated.</summary>
    Exact,

    /// <summary><c>more than</c>, <c>over</c>: strictly above.</summary>
    MoreThan,

    /// <summary><c>at least</c>: the figure or more.</summary>
    AtLeast,

    /// <summary><c>fewer than</c>, <c>less than</c>, <c>under</c>: strictly below.</summary>
    LessThan,

    /// <summary><c>up to</c>, <c>at most</c>: the figure or less.</summary>
    AtMost,

    /// <summary><c>nearly</c>, <c>almost</c>: a little below.</summary>
    Nearly,

    /// <summary><c>about</c>, <c>around</c>, <c>some</c>, <c>roughly</c>: near, either side.</summary>
    Approximately,

    /// <summary><c>between 10 and 12</c>, <c>10-12</c>: a stated range.</summary>
    Range,
}
