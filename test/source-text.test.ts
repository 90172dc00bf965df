// The project's text files hold no control characters: a regular expression's \b written through a
// tool that turned it into a backspace (U+0008) still compiles, and silently never matches again.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
/** The folders of code and data written by hand. */
const FOLDERS = ["src", "scripts", "bench", "test", "facts", "schemas", "docs"];
/** Bad input on purpose: the hostile corpus holds binary files dressed as fact files. */
const HOSTILE = `test${path.sep}hostile${path.sep}`;
const TEXT = /\.(?:ts|mts|js|mjs|json|ya?ml|md)$/;
/** Control characters other than tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function textFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && TEXT.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(HOSTILE));
}

describe("the project's text files", () => {
  it("hold no control character but tab, line feed and carriage return", () => {
    const found: string[] = [];
    for (const folder of FOLDERS) {
      for (const file of textFiles(folder)) {
        const lines = readFileSync(path.join(root, file), "utf8").split("\n");
        lines.forEach((line, index) => {
          const at = CONTROL.exec(line);
          if (at) found.push(`${file}:${index + 1}:${at.index + 1}: U+${at[0].charCodeAt(0).toString(16).padStart(4, "0")}`);
        });
      }
    }
    expect(found).toEqual([]);
  });
});
