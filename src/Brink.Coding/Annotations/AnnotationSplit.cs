namespace Brink.Coding.Annotations;

/// <summary>Which part of the annotated data a row belongs to: train (to learn from), dev (to tune and read errors on), test (to report only).</summary>
public enum AnnotationSplit
{
    /// <summary>What models learn from.</summary>
    Train,
    /// <summary>What rules and settings are tuned on and errors are read on.</summary>
    Dev,
    /// <summary>What results are reported on; never read for errors.</summary>
    Test,
}
