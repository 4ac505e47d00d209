namespace QuoteCheck.Claims;

/// <summary>Whether a duration claim also says when something happened.</summary>
public enum DurationAnchor
{
    /// <summary>The duration is only a length of time (<c>the war lasted 18 months</c>).</summary>
    None,

    /// <summary>
    /// The duration reaches back from the publication date (<c>18 months ago</c>, <c>the first talks in 20 months</c>,
    /// <c>over the past decade</c>), so the claim's <see cref="Claim.ImpliedDate"/> is the publication date minus the duration.
    /// </summary>
    EndsAtPublication,
}
