using System.ComponentModel.DataAnnotations;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;

namespace AgencyHub.Contracts.Treatment;

/// <summary>A list of contract names, each a message the CJIT sends: the kinds of data a consent can cover.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CjitMessageTypesAttribute : ValidationAttribute
{
    /// <inheritdoc />
    public override bool IsValid(object? value) =>
        value is not IEnumerable<string> names || names.All(name => MessageCatalogue.Find(name)?.IsSentBy(Agency.Cjit) == true);

    /// <inheritdoc />
    public override string FormatErrorMessage(string name) =>
        "must name messages the CJIT sends: " + string.Join(", ", MessageCatalogue.SentBy(Agency.Cjit).Select(c => c.Name));
}
