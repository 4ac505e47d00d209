namespace QuoteCheck.Claims;

/// <summary>Every message about a bad claim rule, in one place, in plain words.</summary>
internal static class ClaimRuleErrors
{
    public const string NoValueKinds = "A claim rule needs at least one value kind to expect.";

    public const string NotAnObject = "A rule file must be a JSON object with a \"rules\" array.";

    public const string RuleNotAnObject = "Each entry of \"rules\" must be a JSON object.";

    public const string NoRules = "The file has no \"rules\" array.";

    public const string TrailingContent = "Unexpected content after the end of the rule file.";

    public static string BadKindName(string? kind) =>
        $"The kind '{kind}' is not a valid name: use lower-case letters, digits and single hyphens, such as 'death-toll'.";

    public static string BadRuleName(string? name) =>
        $"The rule name '{name}' is not a valid name: use lower-case letters, digits and single hyphens, such as 'death-toll'.";

    public static string BadTrigger(string? trigger) =>
        $"The trigger '{trigger}' must be one or more words (letters, digits, apostrophes, hyphens) separated by spaces.";

    public static string BadTopic(string? topic) =>
        $"The topic '{topic}' must be one or more words (letters, digits, apostrophes, hyphens) separated by spaces.";

    public static string BadValueKind(string? kind) =>
        $"Unknown value kind '{kind}'; expected one of {ClaimRuleNames.ValueKindNames}.";

    public static string BadSubjectPart(string? part) =>
        $"Unknown subject part '{part}'; expected one of {SubjectParts}.";

    public static string BadAnchor(string? anchor) =>
        $"Unknown anchor '{anchor}'; expected 'none' or 'ends-at-publication'.";

    public static string UnknownProperty(string name, string where, string allowed) =>
        $"Unknown property '{name}' in {where}; allowed: {allowed}.";

    public static string WrongType(string name, string expected, string found) =>
        $"'{name}' must be {expected}, not {found}.";

    public static string Missing(string name, int ruleIndex) =>
        $"Rule {ruleIndex + 1} has no '{name}'.";

    public static string Duplicate(string name) =>
        $"Two rules are named '{name}'; names must be unique in a file.";

    public static string DuplicateProperty(string name) =>
        $"The property '{name}' is given twice.";

    public static string OutOfRange(string name, int min, int max) =>
        $"'{name}' must be a whole number from {min} to {max}.";

    public static string TooLarge(int max) => $"The rule file is larger than {max / (1024 * 1024)} MB.";

    public static string BadJson(string detail) => $"The file is not valid JSON: {detail}";

    public const string SubjectParts = "trigger, between, counted-noun, topic, clause-before";
}
