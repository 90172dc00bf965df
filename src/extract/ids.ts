// Ids the extractor proposes for what the taxonomy does not know (a company, a segment): stable, so
// the same name gets the same id in every article and in both Chinese scripts.

/** A short stable hash of a name (FNV-1a, 32 bits), as 8 upper-case hex digits. */
export function nameHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).toUpperCase().padStart(8, "0");
}

/** A name's Latin letters as an id's words: upper case, joined by underscores, accents dropped with their marks ("Systèmes" is SYSTEMES), & as AND. */
export function latinWords(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toUpperCase().replace(/&/g, " AND ").replace(/[^A-Z0-9]+/g, "_").replace(/^_+|_+$/g, "");
}
