using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Alerts;
using AgencyHub.Contracts.Courts;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Deadlines;
using AgencyHub.Contracts.Delivery;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Probation;
using AgencyHub.Contracts.Prosecution;
using AgencyHub.Contracts.Recall;
using AgencyHub.Contracts.Release;
using AgencyHub.Contracts.Selection;
using AgencyHub.Contracts.Sharing;
using AgencyHub.Contracts.Treatment;
using AgencyHub.Contracts.Youth;

namespace AgencyHub.Tests.Support;

/// <summary>
/// One valid example of every message contract in the catalogue, for tests that go over all of them. Examples come
/// from <see cref="Messages"/> where it has a builder, with their times moved to the moment asked for.
/// </summary>
public static class ContractExamples
{
    const string CaseUrn = "13YY1234567";
    const string CourtCode = "B01LY";

    static readonly Guid NoticeId = Guid.Parse("0b6f3c2e-5d41-4a8e-9c1f-2a7d8e4b6c10");
    static readonly Guid RecallId = Guid.Parse("7e2a9d14-3c8b-4f06-b5a1-9d0c6e3f2b87");
    static readonly Guid BlockedMessageId = Guid.Parse("c41d8e5a-92b7-4e3f-a608-5f1b7c2d9e34");

    static readonly Charge Theft = new() { OffenceDescription = "Theft from a shop, Briggate, Leeds, on 21 November 2026" };

    readonly record struct Example(Type Type, Func<OffenderIdentity, DateTimeOffset, object> Make);

    static readonly Dictionary<Type, Func<OffenderIdentity, DateTimeOffset, object>> Examples =
        new[] { Selection(), Custody(), Release(), Alerts(), Courts(), Prosecution(), Probation(), Recall(), Treatment(), Youth(), Deadlines(), Delivery(), Sharing() }
            .SelectMany(group => group)
            .ToDictionary(example => example.Type, example => example.Make);

    /// <summary>
    /// A valid example of the contract <paramref name="type"/> about <paramref name="offender"/> (for contracts that
    /// implement <see cref="IAboutOffender"/>, the example's Offender is this identity; others ignore it), with its
    /// event times at or before <paramref name="now"/>.
    /// </summary>
    public static object For(Type type, OffenderIdentity offender, DateTimeOffset now) =>
        Examples.TryGetValue(type, out var make)
            ? make(offender, now)
            : throw new ArgumentException($"{nameof(ContractExamples)} has no example of {type.FullName}", nameof(type));

    static Example Of<T>(Func<OffenderIdentity, DateTimeOffset, T> make) where T : class => new(typeof(T), make);

    static DateOnly Day(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);

    static Example[] Selection() =>
    [
        Of((offender, now) => Messages.Selected(offender) with { SelectedAt = now.AddDays(-3) }),
        Of((offender, now) => Messages.Deselected(offender) with { DeselectedAt = now }),
        Of((offender, now) => new PpoMovedArea
        {
            Offender = offender,
            FromScheme = Messages.Leeds,
            ToScheme = Messages.Bradford,
            MovedAt = now.AddDays(-1),
        }),
        Of((offender, now) => new PpoReviewDue
        {
            Offender = offender,
            Scheme = Messages.Leeds,
            Reason = ReviewReason.NoActivityForSixMonths,
            MeasuredFrom = now.AddMonths(-6),
            DueAt = now,
        }),
        Of((offender, _) => Candidates.DwellingBurglar() with { Offender = offender }),
        Of((offender, now) => Messages.Intelligence(offender, now.AddHours(-2))),
    ];

    static Example[] Custody() =>
    [
        Of((offender, now) => Messages.Reception(offender) with { ReceivedAt = now.AddDays(-10) }),
        Of((offender, now) => Messages.Transfer(offender, "LEI", "WYI") with { TransferredAt = now.AddDays(-1) }),
        Of((offender, now) => Messages.ReleasedAt(offender, now)),
        Of((offender, now) => Messages.ReleaseDate(offender, Day(now).AddDays(90), now.AddDays(-2)) with { ReceivedAt = now.AddDays(-10) }),
        Of((offender, now) => Messages.ReleaseDateMoved(offender, Day(now).AddDays(90), Day(now).AddDays(104), now)),
        Of((offender, now) => Messages.Assessed(offender, now) with { AssessmentReference = "OASYS-2026-118204" }),
    ];

    static Example[] Release() =>
    [
        Of((offender, now) => new PreReleaseNotice
        {
            NoticeId = NoticeId,
            Kind = PreReleaseNoticeKind.FirstNotice,
            Offender = offender,
            Scheme = Messages.Leeds,
            PrisonCode = "LEI",
            ReleaseDate = Day(now).AddDays(28),
            AcknowledgeBy = now,
            IssuedAt = now.AddDays(-3),
        }),
        Of((_, now) => Messages.Acknowledgement(NoticeId, now)),
    ];

    static Example[] Alerts() =>
    [
        Of((offender, now) =>
        {
            var selected = Messages.Selected(offender);
            return new PpoReceptionAlert
            {
                Offender = offender,
                PrisonCode = "LEI",
                Scheme = selected.Scheme,
                LeadOfficer = selected.LeadOfficer,
                SelectionReason = selected.SelectionReason,
                Trigger = AlertTrigger.Reception,
                RaisedAt = now,
            };
        }),
        Of((offender, now) => new PpoAlertWithdrawn
        {
            Offender = offender,
            PrisonCode = "LEI",
            Scheme = Messages.Leeds,
            Criterion = DeselectionCriterion.LongCustodialSentence,
            DeselectedAt = now,
        }),
    ];

    static Example[] Courts() =>
    [
        Of((offender, now) => new HearingListed
        {
            Offender = offender,
            CaseUrn = CaseUrn,
            CourtCode = CourtCode,
            HearingType = HearingType.FirstHearing,
            HearingDate = Day(now).AddDays(14),
            ListedAt = now,
        }),
        Of((offender, now) => new OrderFlagged
        {
            Offender = offender,
            CaseUrn = CaseUrn,
            CourtCode = CourtCode,
            Order = OrderKind.CommunityOrder,
            Requirements = "Curfew 19:00-07:00 for 12 weeks, electronically monitored; 20 rehabilitation activity days",
            EndsOn = Day(now).AddMonths(12),
            MadeAt = now,
        }),
        Of((offender, now) => new SentenceOutcome
        {
            Offender = offender,
            CaseUrn = CaseUrn,
            CourtCode = CourtCode,
            Disposal = SentenceDisposal.Custody,
            CustodialLengthMonths = 18,
            SentencedAt = now,
        }),
        Of((offender, now) => new TrialIneffective
        {
            Offender = offender,
            CaseUrn = CaseUrn,
            TrialDate = Day(now),
            Reason = IneffectiveTrialReason.ProsecutionWitnessAbsent,
            RelistedFor = Day(now).AddDays(42),
            RecordedAt = now,
        }),
        Of((offender, now) => new TrialReadinessReported
        {
            Offender = offender,
            CaseUrn = CaseUrn,
            TrialDate = Day(now).AddDays(21),
            Ready = false,
            Issues = "Statement of the store detective outstanding; CCTV not yet served",
            CheckedAt = now,
        }),
        Of((offender, now) => new WarrantIssued
        {
            Offender = offender,
            CaseUrn = CaseUrn,
            CourtCode = CourtCode,
            Kind = WarrantKind.FailureToAppear,
            BackedForBail = false,
            IssuedAt = now,
        }),
    ];

    static Example[] Prosecution() =>
    [
        Of((offender, now) => Messages.Arrested(offender, now.AddHours(-6))),
        Of((offender, now) => new PreChargeAdviceRequested
        {
            Offender = offender,
            CaseUrn = CaseUrn,
            OffenceDescription = Theft.OffenceDescription,
            RequestedAt = now.AddHours(-4),
        }),
        Of((offender, now) => new PreChargeAdviceGiven
        {
            Offender = offender,
            CaseUrn = CaseUrn,
            Advice = ChargingDecision.Charge,
            Charges = [Theft],
            AdvisedAt = now.AddHours(-2),
        }),
        Of((offender, now) => new ChargeDecisionMade
        {
            Offender = offender,
            CaseUrn = CaseUrn,
            Decision = ChargingDecision.Charge,
            Charges = [Theft],
            DecidedAt = now.AddHours(-1),
        }),
        Of((offender, now) => new OffenderCharged
        {
            Offender = offender,
            CaseUrn = CaseUrn,
            Charges = [Theft],
            HeldForCourt = true,
            ChargedAt = now,
        }),
        Of((offender, now) => new NfaConsultationRequested
        {
            Offender = offender,
            CaseUrn = CaseUrn,
            Reason = "The store no longer supports a prosecution and the CCTV does not show the suspect's face",
            RequestedAt = now.AddHours(-3),
        }),
        Of((offender, now) => new NfaConsultationAnswered
        {
            Offender = offender,
            CaseUrn = CaseUrn,
            Response = NfaResponse.FurtherInvestigation,
            Notes = "Obtain the CCTV from the neighbouring shop before deciding",
            AnsweredAt = now,
        }),
    ];

    static Example[] Probation() =>
    [
        Of((offender, now) => new OffenderManagerAllocated
        {
            Offender = offender,
            OffenderManager = new OfficerContact { Name = "Sarah Patel, probation officer", Telephone = "0113 000 0001", Email = "sarah.patel@justice.gov.uk" },
            AllocatedAt = now,
        }),
        Of((offender, now) => new SentencePlanAgreed
        {
            Offender = offender,
            PlanReference = "OASYS-2026-118204",
            ReviewDate = Day(now).AddMonths(4),
            AgreedAt = now,
        }),
    ];

    static Example[] Recall() =>
    [
        Of((offender, now) => new LicenceBreachReported
        {
            Offender = offender,
            Breach = LicenceBreachKind.MissedAppointments,
            Details = "Missed supervision appointments on 9 and 16 November 2026",
            BreachedAt = now.AddDays(-7),
        }),
        Of((offender, now) => new RecallRequested
        {
            RecallId = RecallId,
            Offender = offender,
            Breach = LicenceBreachKind.MissedAppointments,
            Emergency = false,
            RequestedAt = now.AddDays(-2),
        }),
        Of((offender, now) => new RecallDecided
        {
            RecallId = RecallId,
            Offender = offender,
            Decision = RecallDecision.Recalled,
            Reason = "Out of touch with probation; the risk cannot be managed in the community",
            DecidedAt = now.AddDays(-1),
        }),
        Of((offender, now) => new RecallArrestMade { RecallId = RecallId, Offender = offender, ArrestedAt = now.AddHours(-5) }),
        Of((offender, now) => new ReturnedToCustody { RecallId = RecallId, Offender = offender, PrisonCode = "LEI", ReturnedAt = now }),
    ];

    static Example[] Treatment() =>
    [
        Of((offender, now) => new ConsentGiven
        {
            Offender = offender,
            Recipients = [Agency.Probation, Agency.Prison],
            Purpose = "drug-treatment",
            MessageTypes = ["drug-test-result", "treatment-started"],
            ExpiresOn = Day(now).AddMonths(12),
            GivenAt = now.AddDays(-1),
        }),
        Of((offender, now) => new ConsentWithdrawn
        {
            Offender = offender,
            Recipients = [Agency.Prison],
            Purpose = "drug-treatment",
            MessageTypes = ["drug-test-result"],
            WithdrawnAt = now,
        }),
        Of((offender, now) => new DrugTestResult
        {
            Offender = offender,
            Outcome = DrugTestOutcome.Positive,
            Substances = [TestedSubstance.Opiates, TestedSubstance.Cocaine],
            TestedAt = now.AddHours(-3),
        }),
        Of((offender, now) => new TreatmentReferral { Offender = offender, Provider = "Forward Leeds", ReferredAt = now.AddDays(-5) }),
        Of((offender, now) => new TreatmentStarted { Offender = offender, Provider = "Forward Leeds", StartedAt = now.AddDays(-1) }),
        Of((offender, now) => new TreatmentAppointmentMissed { Offender = offender, Provider = "Forward Leeds", AppointmentAt = now.AddHours(-2) }),
    ];

    static Example[] Youth() =>
    [
        Of((offender, now) => new JuvenileBreachReported
        {
            Offender = offender,
            Breach = JuvenileBreachKind.CurfewBreach,
            Details = "Out after the 19:00 curfew on 20 November 2026, from the tag monitoring report",
            BreachedAt = now.AddDays(-3),
        }),
        Of((offender, now) => new JuvenileSupervisionUpdate
        {
            Offender = offender,
            Stage = JuvenileSupervisionStage.Started,
            Supervisor = new OfficerContact { Name = "Tom Walsh, YOT case manager", Telephone = "0113 000 0002" },
            Summary = "Youth rehabilitation order started; first supervision session held",
            UpdatedAt = now,
        }),
    ];

    static Example[] Deadlines() =>
    [
        Of((offender, now) => new DeadlineBreached
        {
            Kind = DeadlineKind.PreReleaseAcknowledgement,
            Offender = offender,
            Scheme = Messages.Leeds,
            Responsible = Agency.Police,
            CorrelationId = NoticeId,
            DueAt = now.AddHours(-1),
            EscalatedAt = now,
        }),
    ];

    static Example[] Delivery() =>
    [
        Of((_, now) => new DeliveryBlocked
        {
            BlockedMessageId = BlockedMessageId,
            MessageType = "reception-into-custody",
            Recipient = Agency.Probation,
            Purpose = "offender-management",
            Rule = "custody-and-release@2",
            Condition = "current-ppo",
            Reason = "the person is not a current PPO",
            BlockedAt = now,
        }),
    ];

    static Example[] Sharing() =>
    [
        Of((_, now) => new AgreementReviewDue
        {
            AgreementId = "custody-and-release",
            Title = "Custody, release and the automatic PPO alert",
            ReviewOn = Day(now).AddDays(30),
            Suspended = false,
            RaisedAt = now,
        }),
    ];
}
