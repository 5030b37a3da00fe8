namespace AgencyHub.Contracts.Custody;

/// <summary>Why a prison received a person.</summary>
public enum ReceptionReason
{
    /// <summary>Remanded in custody awaiting trial or sentence.</summary>
    Remand,
    /// <summary>Received under sentence.</summary>
    Sentence,
    /// <summary>Recalled to prison from licence.</summary>
    Recall,
    /// <summary>Transferred from another prison.</summary>
    Transfer,
}
