// Diagnostics as text for a terminal or a CI log: `file:line:column path: message (found …, expected …)`.
import type { Diagnostic } from "../model/types.js";
import { counted } from "../model/wording.js";

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
  const path = diagnostic.path && diagnostic.path !== "/" ? ` ${diagnostic.path}` : "";
  const detail = [diagnostic.found !== undefined ? `found ${diagnostic.found}` : "", diagnostic.expected !== undefined ? `expected ${diagnostic.expected}` : ""]
    .filter(Boolean)
    .join("; ");
  return `${where}${path}: ${diagnostic.message}${detail ? ` (${detail})` : ""}`;
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  const files = new Set(sorted.map((diagnostic) => diagnostic.file)).size;
  const lines = sorted.map(formatDiagnostic);
  lines.push(`${counted(sorted.length, "problem")} in ${counted(files, "file")}`);
  return `${lines.join("\n")}\n`;
}
