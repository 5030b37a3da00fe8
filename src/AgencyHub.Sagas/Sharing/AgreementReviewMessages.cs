using System.Security.Cryptography;
using System.Text;
using AgencyHub.Messaging.Sharing;

namespace AgencyHub.Sagas.Sharing;

/// <summary>A version of an agreement was stored: its review watch follows it. Internal to the hub.</summary>
/// <param name="ReviewId">The watch (<see cref="AgreementReviewIds"/>).</param>
/// <param name="AgreementId">The agreement.</param>
/// <param name="Version">The version stored.</param>
/// <param name="Active">Whether it is in force (only an active agreement is watched for its review).</param>
/// <param name="ReviewOn">Its review date.</param>
public sealed record AgreementStored(Guid ReviewId, string AgreementId, int Version, bool Active, DateOnly ReviewOn)
{
    /// <summary>The announcement of <paramref name="agreement"/>'s current version.</summary>
    public static AgreementStored Of(Agreement agreement) => new(AgreementReviewIds.For(agreement.Id), agreement.Id, agreement.Version,
        agreement.Status == AgreementStatus.Active, agreement.Terms.ReviewOn);
}

/// <summary>The review date of the watched version is near: the parties are to be told.</summary>
public sealed record AgreementReviewNoticeDue(Guid ReviewId, int Version);

/// <summary>The review date of the watched version has come.</summary>
public sealed record AgreementLapseDue(Guid ReviewId, int Version);

/// <summary>The review watch's id for an agreement, the same on every host.</summary>
public static class AgreementReviewIds
{
    /// <summary>The id of <paramref name="agreementId"/>'s watch.</summary>
    public static Guid For(string agreementId) => new(SHA256.HashData(Encoding.UTF8.GetBytes($"agreement-review|{agreementId}")).AsSpan(0, 16));
}
