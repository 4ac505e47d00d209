using System.Collections.Frozen;

namespace QuoteCheck.Reporting;

/// <summary>
/// The lower-case names of an enum's values (<c>high</c>, <c>person</c>, <c>number</c>), made once for the
/// reports: <c>ToString().ToLowerInvariant()</c> made two strings for every field written, several per quote
/// and claim of a report that holds thousands.
/// </summary>
internal static class LowerCaseName<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(static value => value, static value => value.ToString().ToLowerInvariant());

    /// <summary>The value's name in lower case (a value with no name of its own, its number).</summary>
    public static string Of(TEnum value) => Names.TryGetValue(value, out string? name) ? name : value.ToString().ToLowerInvariant();
}
