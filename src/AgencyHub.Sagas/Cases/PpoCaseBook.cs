using AgencyHub.Contracts.Alerts;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Selection;
using AgencyHub.Sagas.People;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// The register of current PPOs and of who is in which prison, and the rule that joins them: a prison holding a
/// current PPO gets the PPO alert once per stay, whichever came first, the selection or the reception (seed 003,
/// automatic alert on reception; 002 §37). One lock makes each message's read-and-update atomic, so concurrent
/// messages about one person neither lose nor repeat an alert. Held in memory; the PPO case saga with durable
/// state replaces it (issue 3).
/// </summary>
public sealed class PpoCaseBook(TimeProvider clock)
{
    readonly Lock _gate = new();
    readonly PersonIndex _people = new();
    readonly Dictionary<Guid, Dictionary<string, PpoSelectionRecord>> _selections = [];
    readonly Dictionary<Guid, CustodySpell> _custody = [];

    /// <summary>How many people are current PPOs of at least one scheme.</summary>
    public int CurrentPpoCount
    {
        get { lock (_gate) return _selections.Count; }
    }

    /// <summary>Registers a selection; alerts the holding prison if the person is in custody.</summary>
    public CaseOutcome Select(PpoSelected selected)
    {
        lock (_gate)
        {
            var match = _people.Resolve(selected.Offender);
            if (match.PersonId is not { } person) return CaseOutcome.Conflicting(match.Conflict!);
            var record = new PpoSelectionRecord(selected.Scheme, selected.LeadOfficer, selected.SelectionReason, selected.SelectedAt);
            if (!_selections.TryGetValue(person, out var schemes)) _selections[person] = schemes = [];
            schemes[selected.Scheme.Code] = record;
            return _custody.TryGetValue(person, out var spell)
                ? AlertsFor(match.Known!, spell, [record], AlertTrigger.SelectedWhileInCustody)
                : CaseOutcome.None;
        }
    }

    /// <summary>Ends a selection; tells the holding prison its alert no longer applies.</summary>
    public CaseOutcome Deselect(PpoDeselected deselected)
    {
        lock (_gate)
        {
            var match = _people.Resolve(deselected.Offender);
            if (match.PersonId is not { } person) return CaseOutcome.Conflicting(match.Conflict!);
            var code = deselected.Scheme.Code;
            if (!_selections.TryGetValue(person, out var schemes) || !schemes.Remove(code)) return CaseOutcome.None;
            if (schemes.Count == 0) _selections.Remove(person);
            if (!_custody.TryGetValue(person, out var spell) || !spell.AlertedSchemes.Remove(code)) return CaseOutcome.None;
            return new CaseOutcome(null, [(code, new PpoAlertWithdrawn
            {
                Offender = match.Known!,
                PrisonCode = spell.PrisonCode,
                Scheme = deselected.Scheme,
                Criterion = deselected.Criterion,
                DeselectedAt = deselected.DeselectedAt,
            })]);
        }
    }

    /// <summary>Records that a prison now holds the person (reception or transfer); alerts it if they are a PPO.</summary>
    public CaseOutcome Receive(OffenderIdentity offender, string prisonCode, DateTimeOffset at)
    {
        lock (_gate)
        {
            var match = _people.Resolve(offender);
            if (match.PersonId is not { } person) return CaseOutcome.Conflicting(match.Conflict!);
            if (!_custody.TryGetValue(person, out var spell) || spell.PrisonCode != prisonCode)
                _custody[person] = spell = new CustodySpell(prisonCode, at);
            return _selections.TryGetValue(person, out var schemes)
                ? AlertsFor(match.Known!, spell, schemes.Values, AlertTrigger.Reception)
                : CaseOutcome.None;
        }
    }

    /// <summary>Records that the person has left custody.</summary>
    public CaseOutcome Release(OffenderIdentity offender)
    {
        lock (_gate)
        {
            var match = _people.Resolve(offender);
            if (match.PersonId is not { } person) return CaseOutcome.Conflicting(match.Conflict!);
            _custody.Remove(person);
            return CaseOutcome.None;
        }
    }

    CaseOutcome AlertsFor(OffenderIdentity known, CustodySpell spell, IEnumerable<PpoSelectionRecord> selections, AlertTrigger trigger)
    {
        var now = clock.GetUtcNow();
        var alerts = selections
            .Where(s => spell.AlertedSchemes.Add(s.Scheme.Code))
            .Select(s => (s.Scheme.Code, (object)new PpoReceptionAlert
            {
                Offender = known,
                PrisonCode = spell.PrisonCode,
                Scheme = s.Scheme,
                LeadOfficer = s.LeadOfficer,
                SelectionReason = s.SelectionReason,
                Trigger = trigger,
                RaisedAt = now,
            }))
            .ToList();
        return new CaseOutcome(null, alerts);
    }
}
