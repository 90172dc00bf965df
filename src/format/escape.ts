// Escaping text that comes from sources (quotes, titles, notes) so it cannot break a Markdown table,
// start a code span, inject HTML or turn into a link, in GitHub's renderer or in a pager.

/** Escapes text for one Markdown table cell or inline run: HTML-encodes <>&, backslash-escapes
 * inline Markdown punctuation, and turns line breaks into spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n|\u2028|\u2029/g, " ")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    // Inside a table cell or after our own prefix no block syntax can start, so only inline syntax
    // needs escaping: emphasis, code, links, tables, strikethrough, and GitHub's $math$.
    .replace(/([\\`*_[\]|~$])/g, "\\$1");
}

/** A link only for http(s) URLs, with the characters that could end the link target encoded. */
export function markdownLink(label: string, url: string | undefined): string {
  const text = escapeMarkdown(label);
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return text;
  const target = url.replace(/[()<>\s"'`\\|]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `[${text}](${target})`;
}

/** Escapes a GitHub workflow command's message (data). */
export function escapeAnnotationData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a GitHub workflow command's property value (file, title). */
export function escapeAnnotationProperty(text: string): string {
  return escapeAnnotationData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** Escapes text for HTML element content or a double- or single-quoted attribute value: encodes
 * `& < > " '` and drops the control characters HTML forbids (tab and line breaks stay). */
export function escapeHtml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** An http(s) URL as an HTML attribute value, or undefined for anything else (javascript:, data:, …). */
export function htmlHref(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return undefined;
  return escapeHtml(url);
}
