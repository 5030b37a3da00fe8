using AgencyHub.Contracts.Selection;
using AgencyHub.Contracts.Validation;

namespace AgencyHub.Sagas.Selection.Matrix;

/// <summary>What scoring a candidate gave: the lines of a score, or the reasons it could not be scored.</summary>
public sealed record MatrixOutcome(IReadOnlyList<MatrixScoreLine> Lines, IReadOnlyList<FieldError> Errors)
{
    /// <summary>The sum of the lines' scores.</summary>
    public decimal Total => Lines.Sum(line => line.Score);
}
