namespace AgencyHub.Contracts.Catalogue;

/// <summary>Marks a field that holds personal data about an offender or an officer (Data Protection Act 2018).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute : Attribute;
