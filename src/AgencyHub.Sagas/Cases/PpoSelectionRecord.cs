using AgencyHub.Contracts.Selection;

namespace AgencyHub.Sagas.Cases;

/// <summary>A person's current selection by one scheme: what a prison's reception staff are told.</summary>
public sealed record PpoSelectionRecord(SchemeReference Scheme, OfficerContact LeadOfficer, string SelectionReason, DateTimeOffset SelectedAt);
