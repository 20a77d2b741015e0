namespace Brink.Text.Training;

/// <summary>Progress reports from the trainers: which component, which step, how far, what score.</summary>
public sealed record TrainingProgress(string Component, string Step, int Done, int Total, string? Message = null);
