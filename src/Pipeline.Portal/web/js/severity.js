// The order findings are read in everywhere — a row's Phát hiện cell, the fix-list, the summary's
// findings, the exports: errors first, then warnings, then notes.

export const SeverityOrder = { error: 0, warning: 1, info: 2 };

/** Findings worst first (errors, then warnings, then notes); a copy, the API's list is left as it came. */
export function bySeverity(findings) {
  return [...(findings ?? [])].sort((a, b) => (SeverityOrder[a.severity] ?? 3) - (SeverityOrder[b.severity] ?? 3));
}
