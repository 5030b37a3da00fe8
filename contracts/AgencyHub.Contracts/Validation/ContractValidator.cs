using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace AgencyHub.Contracts.Validation;

/// <summary>
/// Checks a message against its contract: required fields present and not blank, enums defined, dates and ids set,
/// data annotations honoured, nested identities valid. Errors carry the JSON path of the field.
/// </summary>
public static class ContractValidator
{
    // Reflection is done once per type; NullabilityInfoContext is not thread-safe, so it is used only inside the
    // cache's factory, under a lock.
    static readonly ConcurrentDictionary<Type, FieldRule[]> Rules = new();
    static readonly Lock NullabilityGate = new();
    static readonly NullabilityInfoContext Nullability = new();

    sealed record FieldRule(PropertyInfo Property, string JsonName, bool Required, ValidationAttribute[] Attributes);

    /// <summary>Every problem found in <paramref name="message"/>; empty when it is valid.</summary>
    public static IReadOnlyList<FieldError> Validate(object message)
    {
        var errors = new List<FieldError>();
        ValidateObject(message, "", errors);
        return errors;
    }

    static void ValidateObject(object value, string path, List<FieldError> errors)
    {
        foreach (var rule in Rules.GetOrAdd(value.GetType(), RulesFor))
            ValidateField(rule, rule.Property.GetValue(value), Join(path, rule.JsonName), errors);
        if (value is IValidatableObject validatable)
            foreach (var result in validatable.Validate(new ValidationContext(value)))
                errors.Add(new FieldError(Join(path, result.MemberNames.FirstOrDefault() ?? ""), result.ErrorMessage ?? "is invalid"));
    }

    static FieldRule[] RulesFor(Type type)
    {
        lock (NullabilityGate)
            return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0)
                .Select(p => new FieldRule(p, JsonName(p.Name), Nullability.Create(p).ReadState == NullabilityState.NotNull,
                    p.GetCustomAttributes<ValidationAttribute>().ToArray()))
                .ToArray();
    }

    static void ValidateField(FieldRule rule, object? value, string path, List<FieldError> errors)
    {
        if (value is null)
        {
            if (rule.Required) errors.Add(new FieldError(path, "is required"));
            return;
        }
        foreach (var attribute in rule.Attributes)
            if (!attribute.IsValid(value))
                errors.Add(new FieldError(path, attribute.FormatErrorMessage(path)));
        ValidateValue(value, path, errors);
    }

    static void ValidateValue(object value, string path, List<FieldError> errors)
    {
        switch (value)
        {
            case string text when string.IsNullOrWhiteSpace(text):
                errors.Add(new FieldError(path, "must not be blank"));
                break;
            case string:
                break;
            case Enum e when !Enum.IsDefined(e.GetType(), e):
                errors.Add(new FieldError(path, $"'{e}' is not one of: {string.Join(", ", Enum.GetNames(e.GetType()))}"));
                break;
            case DateTimeOffset d when d == default:
            case DateOnly o when o == default:
            case Guid g when g == Guid.Empty:
                errors.Add(new FieldError(path, "is required"));
                break;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null) ValidateValue(item, $"{path}[{index}]", errors);
                    index++;
                }
                break;
            default:
                if (value.GetType().Namespace?.StartsWith("AgencyHub.Contracts", StringComparison.Ordinal) == true && !value.GetType().IsEnum)
                    ValidateObject(value, path, errors);
                break;
        }
    }

    static string Join(string path, string name) => path.Length == 0 ? name : name.Length == 0 ? path : $"{path}.{name}";

    /// <summary>The camel-case JSON name of a property.</summary>
    public static string JsonName(string propertyName) =>
        propertyName.Length == 0 ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}
