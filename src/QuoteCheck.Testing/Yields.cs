namespace QuoteCheck.Testing;

/// <summary>Entry point of the NUnit constraints for claim rules: <c>Assert.That(text, Yields.Claim("death-toll").AtLeast(13000))</c>.</summary>
public static class Yields
{
}
