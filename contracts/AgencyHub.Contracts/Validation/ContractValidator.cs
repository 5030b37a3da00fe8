using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace AgencyHub.Contracts.Validation;

/// <summary>
/// Checks a message against its contract: required fields present and not blank, enums defined, dates and ids set,
/// data annotations honoured, nested identities valid, no control characters in text (free text, a field of 500
/// characters or more, may hold tabs and line breaks) and no bidirectional overrides anywhere, and at the edge no
/// event time beyond a moment the caller gives. Errors carry the JSON path of the field.
/// </summary>
public static class ContractValidator
{
    /// <summary>Fields allowed this many characters or more are free text.</summary>
    public const int FreeTextLength = 500;

    // Reflection is done once per type; NullabilityInfoContext is not thread-safe, so it is used only inside the
    // cache's factory, under a lock.
    static readonly ConcurrentDictionary<Type, FieldRule[]> Rules = new();
    static readonly Lock NullabilityGate = new();
    static readonly NullabilityInfoContext Nullability = new();

    sealed record FieldRule(PropertyInfo Property, string JsonName, bool Required, bool FreeText, ValidationAttribute[] Attributes);

    /// <summary>
    /// Every problem found in <paramref name="message"/>; empty when it is valid. With <paramref name="latestEventTime"/>
    /// (at the edge), an instant after it is refused: agencies report what has happened.
    /// </summary>
    public static IReadOnlyList<FieldError> Validate(object message, DateTimeOffset? latestEventTime = null)
    {
        var errors = new List<FieldError>();
        new Walk(errors, latestEventTime).Object(message, "");
        return errors;
    }

    readonly record struct Walk(List<FieldError> Errors, DateTimeOffset? LatestEventTime)
    {
        public void Object(object value, string path)
        {
            foreach (var rule in Rules.GetOrAdd(value.GetType(), RulesFor))
                Field(rule, rule.Property.GetValue(value), Join(path, rule.JsonName));
            if (value is IValidatableObject validatable)
                foreach (var result in validatable.Validate(new ValidationContext(value)))
                    Errors.Add(new FieldError(Join(path, result.MemberNames.FirstOrDefault() ?? ""), result.ErrorMessage ?? "is invalid"));
        }

        void Field(FieldRule rule, object? value, string path)
        {
            if (value is null)
            {
                if (rule.Required) Errors.Add(new FieldError(path, "is required"));
                return;
            }
            foreach (var attribute in rule.Attributes)
                if (!attribute.IsValid(value))
                    Errors.Add(new FieldError(path, attribute.FormatErrorMessage(path)));
            Value(value, path, rule.FreeText);
        }

        void Value(object value, string path, bool freeText)
        {
            switch (value)
            {
                case string text when string.IsNullOrWhiteSpace(text):
                    Errors.Add(new FieldError(path, "must not be blank"));
                    break;
                case string text:
                    if (TextCharacters.Problem(text, freeText) is { } problem) Errors.Add(new FieldError(path, problem));
                    break;
                case Enum e when !Enum.IsDefined(e.GetType(), e):
                    Errors.Add(new FieldError(path, $"'{e}' is not one of: {string.Join(", ", Enum.GetNames(e.GetType()))}"));
                    break;
                case DateTimeOffset d when d == default:
                case DateOnly o when o == default:
                case Guid g when g == Guid.Empty:
                    Errors.Add(new FieldError(path, "is required"));
                    break;
                case DateTimeOffset d when d > LatestEventTime:
                    Errors.Add(new FieldError(path, $"is in the future: it may be at most {LatestEventTime:O} by the hub's clock"));
                    break;
                case IEnumerable items:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is not null) Value(item, $"{path}[{index}]", freeText);
                        index++;
                    }
                    break;
                default:
                    if (value.GetType().Namespace?.StartsWith("AgencyHub.Contracts", StringComparison.Ordinal) == true && !value.GetType().IsEnum)
                        Object(value, path);
                    break;
            }
        }
    }

    static FieldRule[] RulesFor(Type type)
    {
        lock (NullabilityGate)
            return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0)
                .Select(p => new FieldRule(p, JsonName(p.Name), Nullability.Create(p).ReadState == NullabilityState.NotNull,
                    p.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength >= FreeTextLength,
                    p.GetCustomAttributes<ValidationAttribute>().ToArray()))
                .ToArray();
    }

    static string Join(string path, string name) => path.Length == 0 ? name : name.Length == 0 ? path : $"{path}.{name}";

    /// <summary>The camel-case JSON name of a property.</summary>
    public static string JsonName(string propertyName) =>
        propertyName.Length == 0 ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}
