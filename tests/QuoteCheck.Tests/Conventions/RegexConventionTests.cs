using System.Reflection;
using System.Text.RegularExpressions;

namespace QuoteCheck.Tests.Conventions;

/// <summary>
/// No regular expression in the library may backtrack without bound on hostile text: each one is
/// source-generated with a match timeout, or uses the non-backtracking engine. (Today the library has
/// none at all; the scanners are written by hand.)
/// </summary>
public class RegexConventionTests
{
    private const BindingFlags Everything = BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    [Test]
    public void EveryRegexOfTheLibraryIsGeneratedAndBounded()
    {
        Assembly library = typeof(QuoteChecker).Assembly;
        var regexMethods = library.GetTypes()
            .SelectMany(t => t.GetMethods(Everything))
            .Where(m => typeof(Regex).IsAssignableFrom(m.ReturnType))
            .ToList();
        var regexFields = library.GetTypes()
            .SelectMany(t => t.GetFields(Everything))
            .Where(f => typeof(Regex).IsAssignableFrom(f.FieldType) && !f.DeclaringType!.Name.Contains("GeneratedRegex", StringComparison.Ordinal) && !f.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(regexFields.Select(f => $"{f.DeclaringType}.{f.Name}"), Is.Empty, "a Regex held in a field is built with new Regex(...), not generated");
            foreach (MethodInfo method in regexMethods.Where(m => m.DeclaringType!.Namespace?.StartsWith("QuoteCheck", StringComparison.Ordinal) == true))
            {
                Assert.That(method.GetCustomAttribute<GeneratedRegexAttribute>(), Is.Not.Null, $"{method.DeclaringType}.{method.Name} is not [GeneratedRegex]");
                if (method.IsStatic && method.GetParameters().Length == 0)
                {
                    var regex = (Regex)method.Invoke(null, null)!;
                    Assert.That(regex.MatchTimeout != Regex.InfiniteMatchTimeout || regex.Options.HasFlag(RegexOptions.NonBacktracking), Is.True,
                        $"{method.DeclaringType}.{method.Name} has neither a match timeout nor RegexOptions.NonBacktracking");
                }
            }

            // Guard against a regex coming in through a door the reflection above does not see.
            bool referencesRegex = library.GetReferencedAssemblies().Any(a => a.Name == "System.Text.RegularExpressions");
            Assert.That(referencesRegex, Is.EqualTo(regexMethods.Count > 0),
                "the library uses System.Text.RegularExpressions only through [GeneratedRegex] methods");
        });
    }
}
