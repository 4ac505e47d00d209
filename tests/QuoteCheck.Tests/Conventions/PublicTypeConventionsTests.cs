using System.Reflection;

namespace QuoteCheck.Tests.Conventions;

/// <summary>
/// The library's public surface follows the design: concrete public classes are sealed, and nothing
/// public can be changed after construction (init-only properties for <c>with</c> copies are fine).
/// </summary>
public class PublicTypeConventionsTests
{
    private static IEnumerable<Type> PublicTypes() =>
        typeof(QuoteChecker).Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static IEnumerable<TestCaseData> ConcreteClasses() =>
        PublicTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t) && !typeof(Exception).IsAssignableFrom(t))
            .Select(t => new TestCaseData(t).SetArgDisplayNames(t.FullName!));

    private static IEnumerable<TestCaseData> AllTypes() =>
        PublicTypes().Select(t => new TestCaseData(t).SetArgDisplayNames(t.FullName!));

    [TestCaseSource(nameof(ConcreteClasses))]
    public void ConcretePublicClassesAreSealed(Type type) =>
        Assert.That(type.IsSealed, Is.True, $"{type.FullName} should be sealed (or abstract with sealed leaves)");

    [TestCaseSource(nameof(AllTypes))]
    public void PublicPropertiesHaveNoPublicMutableSetter(Type type)
    {
        if (type.Name.EndsWith("Builder", StringComparison.Ordinal))
        {
            Assert.Pass("builders are mutable by design");
        }

        string[] mutable = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name)];
        Assert.That(mutable, Is.Empty, $"{type.FullName} has public setters");
    }

    [TestCaseSource(nameof(AllTypes))]
    public void PublicFieldsAreConstantOrReadOnly(Type type)
    {
        string[] mutable = [.. type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => !f.IsLiteral && !f.IsInitOnly && !type.IsEnum)
            .Select(f => f.Name)];
        Assert.That(mutable, Is.Empty, $"{type.FullName} has mutable public fields");
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
