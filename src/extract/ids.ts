// Ids the extractor proposes for what the taxonomy does not know (a company, a segment): stable, so
// the same name gets the same id in every article and in both Chinese scripts.

/** A short stable hash of a name (FNV-1a, 32 bits), as 8 upper-case hex digits. */
export function nameHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).toUpperCase().padStart(8, "0");
}
