namespace QuoteCheck.Testing;

/// <summary>
/// Entry point of the NUnit constraints for claim rules:
/// <c>Assert.That("More than 4,200 people died in the flood", Yields.Claim("death-toll").AtLeast(4200))</c>.
/// </summary>
/// <remarks>
/// The actual value may be a <see cref="string"/> (analysed as a document with no publication date unless
/// <see cref="ClaimConstraint.PublishedOn(DateOnly)"/> is used), a <see cref="Text.SourceDocument"/> or a
/// <see cref="DocumentAnalysis"/>. A failure lists every claim found, with its kind, words and value, and the
/// values recognised, so the message shows what the rules made instead.
/// </remarks>
public static class Yields
{
    /// <summary>Passes when the text yields at least one claim of <paramref name="kind"/> that meets every condition added.</summary>
    /// <param name="kind">The claim kind, such as <c>death-toll</c>, <c>date</c> or a user kind.</param>
    /// <returns>A constraint to refine with <see cref="ClaimConstraint.AtLeast"/>, <see cref="ClaimConstraint.WithSubject"/> and the rest.</returns>
    public static ClaimConstraint Claim(string kind) => new(kind, expectNone: false);

    /// <summary>Passes when the text yields no claim of <paramref name="kind"/> that meets every condition added.</summary>
    /// <param name="kind">The claim kind.</param>
    /// <returns>A constraint; conditions narrow which claims count.</returns>
    public static ClaimConstraint NoClaim(string kind) => new(kind, expectNone: true);
}
