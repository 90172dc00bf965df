// Finding and reading fact files on disk: which files a folder contributes, in what order and under
// what name, how bytes that are not UTF-8 text are refused (line, column, the bytes themselves), and
// where the taxonomy is found. Each test works in its own folder under the system's temporary folder.
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collectFactFiles, decodeUtf8, displayPath, findTaxonomy, NotText, readText, REVIEWS_FILE, TAXONOMY_FILE } from "../../src/io/fact-files.js";

let root: string;
beforeEach(() => {
  // realpath: on some systems the temporary folder is reached through a symbolic link.
  root = realpathSync(mkdtempSync(path.join(tmpdir(), "concord-fact-files-")));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Writes files (relative path → content) under the test folder, creating folders. */
function write(files: Readonly<Record<string, string | Uint8Array>>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, ...name.split("/"));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** The problem a NotText carries, or a failure when decoding succeeds. */
function notText(bytes: Uint8Array): NotText["problem"] {
  try {
    decodeUtf8(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(NotText);
    return (error as NotText).problem;
  }
  throw new Error("expected the bytes to be refused");
}

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))));

describe("displayPath", () => {
  it("shows a file inside the working folder relative to it, with forward slashes", () => {
    expect(displayPath(path.join(root, "facts", "wire", "north.yaml"), root)).toBe("facts/wire/north.yaml");
  });

  it("shows a file outside the working folder as given", () => {
    const outside = path.join(path.dirname(root), "elsewhere", "north.yaml");
    expect(displayPath(outside, root)).toBe(outside.split(path.sep).join("/"));
  });

  it("keeps a folder whose name starts with two dots inside the working folder", () => {
    expect(displayPath(path.join(root, "..drafts", "north.yaml"), root)).toBe("..drafts/north.yaml");
  });
});

describe("collectFactFiles", () => {
  it("reads the YAML and JSON files of a folder and its subfolders, sorted, named from the working folder", () => {
    write({
      "facts/wire/b.yaml": "b: 1\n",
      "facts/a.json": '{"a": 1}',
      "facts/wire/c.yml": "c: 1\n",
      "facts/UPPER.YAML": "u: 1\n",
      "facts/notes.md": "not a fact file\n",
      "facts/readme.txt": "neither\n",
    });
    const { factFiles, diagnostics } = collectFactFiles(["facts"], root);
    expect(diagnostics).toEqual([]);
    expect(factFiles).toEqual([
      { file: "facts/UPPER.YAML", text: "u: 1\n" },
      { file: "facts/a.json", text: '{"a": 1}' },
      { file: "facts/wire/b.yaml", text: "b: 1\n" },
      { file: "facts/wire/c.yml", text: "c: 1\n" },
    ]);
  });

  it("leaves out the taxonomy, the reviews, hidden files and folders, and node_modules", () => {
    write({
      [`facts/${TAXONOMY_FILE}`]: "entities: []\n",
      [`facts/${REVIEWS_FILE}`]: "reviews: []\n",
      "facts/.draft.yaml": "hidden: 1\n",
      "facts/.cache/x.yaml": "hidden: 1\n",
      "facts/node_modules/pkg/data.json": "{}",
      "facts/kept.yaml": "kept: 1\n",
    });
    expect(collectFactFiles(["facts"], root).factFiles.map((file) => file.file)).toEqual(["facts/kept.yaml"]);
  });

  it("reads a file named on its own whatever its name, and each file once", () => {
    write({ "facts/a.yaml": "a: 1\n", [`facts/${TAXONOMY_FILE}`]: "entities: []\n", "other/list.txt": "x\n" });
    const { factFiles } = collectFactFiles(["facts", "facts/a.yaml", `facts/${TAXONOMY_FILE}`, "other/list.txt"], root);
    expect(factFiles.map((file) => file.file)).toEqual(["facts/a.yaml", `facts/${TAXONOMY_FILE}`, "other/list.txt"]);
  });

  it("accepts absolute paths and names the files from the working folder", () => {
    write({ "facts/a.yaml": "a: 1\n" });
    expect(collectFactFiles([path.join(root, "facts")], root).factFiles).toEqual([{ file: "facts/a.yaml", text: "a: 1\n" }]);
  });

  it("reports a path that does not exist, as given, and still reads the others", () => {
    write({ "facts/a.yaml": "a: 1\n" });
    const { factFiles, diagnostics } = collectFactFiles(["facts/missing.yaml", "facts"], root);
    expect(factFiles).toEqual([{ file: "facts/a.yaml", text: "a: 1\n" }]);
    expect(diagnostics).toEqual([{ file: "facts/missing.yaml", line: 1, column: 1, path: "", message: "no such file or folder", found: "nothing at this path", expected: "a fact file or a folder of fact files" }]);
  });

  it("returns nothing, and no problem, for an empty folder", () => {
    mkdirSync(path.join(root, "facts"));
    expect(collectFactFiles(["facts"], root)).toEqual({ factFiles: [], diagnostics: [] });
  });

  it("drops a byte order mark", () => {
    write({ "facts/bom.yaml": bytes([0xef, 0xbb, 0xbf], "a: 1\n") });
    expect(collectFactFiles(["facts"], root).factFiles).toEqual([{ file: "facts/bom.yaml", text: "a: 1\n" }]);
  });

  it("reports a file that is not UTF-8 at its first bad byte, and reads the rest", () => {
    write({ "facts/latin1.yaml": bytes("source:\n  title: caf", [0xe9], " news\n"), "facts/ok.yaml": "ok: 1\n" });
    const { factFiles, diagnostics } = collectFactFiles(["facts"], root);
    expect(factFiles.map((file) => file.file)).toEqual(["facts/ok.yaml"]);
    expect(diagnostics).toEqual([
      { file: "facts/latin1.yaml", path: "", line: 2, column: 13, message: "the file is not valid UTF-8", found: "the byte 0xE9 at byte offset 20, not a valid UTF-8 sequence", expected: "UTF-8 text (re-save the file as UTF-8)" },
    ]);
  });

  it("leaves a binary file that is valid UTF-8 (only NUL bytes) to the parser", () => {
    write({ "facts/nul.yaml": "a: \u0000\n" });
    expect(collectFactFiles(["facts"], root)).toEqual({ factFiles: [{ file: "facts/nul.yaml", text: "a: \u0000\n" }], diagnostics: [] });
  });

  it.skipIf(process.getuid?.() === 0)("reports a file it may not read (skipped when running as root, who may read anything)", () => {
    write({ "facts/locked.yaml": "a: 1\n" });
    chmodSync(path.join(root, "facts", "locked.yaml"), 0o000);
    const { factFiles, diagnostics } = collectFactFiles(["facts"], root);
    expect(factFiles).toEqual([]);
    expect(diagnostics).toEqual([{ file: "facts/locked.yaml", line: 1, column: 1, path: "", message: "cannot read the file: EACCES", found: "an unreadable file", expected: "a readable UTF-8 text file" }]);
  });

  it("does not follow symbolic links while walking", () => {
    write({ "shared/x.yaml": "x: 1\n", "facts/a.yaml": "a: 1\n" });
    symlinkSync(path.join(root, "shared"), path.join(root, "facts", "linked"), "dir");
    expect(collectFactFiles(["facts"], root).factFiles.map((file) => file.file)).toEqual(["facts/a.yaml"]);
  });
});

describe("decodeUtf8", () => {
  it("decodes UTF-8 text, Chinese and emoji included", () => {
    expect(decodeUtf8(bytes("营收 1,271 亿 📈\n"))).toBe("营收 1,271 亿 📈\n");
    expect(decodeUtf8(new Uint8Array())).toBe("");
  });

  it("drops a leading byte order mark, and only a leading one", () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], "a\uFEFFb"))).toBe("a\uFEFFb");
  });

  it.each([
    ["a lone continuation byte", bytes("ok\n", [0x80]), 2, 1, "the byte 0x80 at byte offset 3"],
    ["a lead byte cut short", bytes("x: ", [0xe8, 0xa5], "!"), 1, 4, "the bytes 0xE8 0xA5 at byte offset 3"],
    ["an overlong encoding", bytes("x", [0xc0, 0x80]), 1, 2, "the bytes 0xC0 0x80 at byte offset 1"],
    ["an encoded surrogate", bytes([0xed, 0xa0, 0x80]), 1, 1, "the bytes 0xED 0xA0 0x80 at byte offset 0"],
    ["a code point past U+10FFFF", bytes("a\nb\n", [0xf4, 0x90, 0x80, 0x80]), 3, 1, "the bytes 0xF4 0x90 0x80 0x80 at byte offset 4"],
    ["a byte that never appears in UTF-8", bytes("[", [0xff], "]"), 1, 2, "the byte 0xFF at byte offset 1"],
    ["a 4-byte sequence cut at the end", bytes("ab", [0xf0, 0x9f, 0x93]), 1, 3, "the bytes 0xF0 0x9F 0x93 at byte offset 2"],
  ])("refuses %s, naming line, column and bytes", (_, input, line, column, found) => {
    expect(notText(input)).toEqual({ line, column, message: "the file is not valid UTF-8", found: `${found}, not a valid UTF-8 sequence`, expected: "UTF-8 text (re-save the file as UTF-8)" });
  });

  it("counts the column in characters as the rest of concord does: UTF-16 units, after the byte order mark", () => {
    // 营 and 收 are 3 bytes but one column each; 📈 is 4 bytes and two UTF-16 units.
    expect(notText(bytes("营收", [0xff]))).toMatchObject({ line: 1, column: 3 });
    expect(notText(bytes("📈", [0xff]))).toMatchObject({ line: 1, column: 3 });
    expect(notText(bytes([0xef, 0xbb, 0xbf], "ab", [0xff]))).toMatchObject({ line: 1, column: 3 });
    expect(notText(bytes("\r\n\r\nx", [0xff]))).toMatchObject({ line: 3, column: 2 });
  });

  it("calls the file binary when a NUL byte comes before the bad byte, and places the NUL", () => {
    expect(notText(bytes("a: 1\nb: 2", [0x00], "x", [0x89], "PNG"))).toEqual({ line: 2, column: 5, message: "the file is binary, not text", found: "a NUL byte", expected: "UTF-8 YAML or JSON text" });
    expect(notText(bytes([0x00, 0x01, 0xff]))).toMatchObject({ line: 1, column: 1, message: "the file is binary, not text" });
  });

  it("is an Error whose message is the problem's", () => {
    try {
      decodeUtf8(bytes([0xff]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toBe("the file is not valid UTF-8");
    }
  });
});

describe("readText", () => {
  it("reads a file's UTF-8 text", () => {
    write({ "note.yaml": "营收: 1\n" });
    expect(readText(path.join(root, "note.yaml"))).toBe("营收: 1\n");
  });

  it("throws NotText for invalid UTF-8 and the file-system error for a missing file", () => {
    write({ "bad.yaml": bytes("x", [0xfe]) });
    expect(() => readText(path.join(root, "bad.yaml"))).toThrow(NotText);
    expect(() => readText(path.join(root, "absent.yaml"))).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });
});

describe("findTaxonomy", () => {
  const at = (name: string) => path.join(root, ...name.split("/"));
  // What lies above the test folder, outside the test's control (normally nothing).
  const aboveRoot = () => findTaxonomy([path.dirname(root)], path.dirname(root));

  it("finds the taxonomy in the folder given", () => {
    write({ "facts/taxonomy.yaml": "", "facts/a.yaml": "" });
    expect(findTaxonomy(["facts"], root)).toBe(at("facts/taxonomy.yaml"));
  });

  it("starts from the folder of a file given", () => {
    write({ "facts/taxonomy.yaml": "", "facts/a.yaml": "" });
    expect(findTaxonomy(["facts/a.yaml"], root)).toBe(at("facts/taxonomy.yaml"));
  });

  it("walks up to the nearest folder that has one, the nearest winning", () => {
    write({ "taxonomy.yaml": "", "project/taxonomy.yaml": "", "project/facts/2025/q4/a.yaml": "" });
    expect(findTaxonomy(["project/facts/2025/q4"], root)).toBe(at("project/taxonomy.yaml"));
  });

  it("looks in a `facts` folder beside each folder it walks through, after the folder itself", () => {
    write({ "project/facts/taxonomy.yaml": "", "project/drafts/a.yaml": "" });
    expect(findTaxonomy(["project/drafts/a.yaml"], root)).toBe(at("project/facts/taxonomy.yaml"));
    write({ "project/taxonomy.yaml": "" });
    expect(findTaxonomy(["project/drafts/a.yaml"], root)).toBe(at("project/taxonomy.yaml"));
  });

  it("starts from the parent folder of a path that does not exist yet", () => {
    write({ "facts/taxonomy.yaml": "" });
    expect(findTaxonomy(["facts/not-written-yet.yaml"], root)).toBe(at("facts/taxonomy.yaml"));
  });

  it("finds none of its own in a tree without one", () => {
    write({ "facts/a.yaml": "" });
    expect(findTaxonomy(["facts"], root)).toBe(aboveRoot());
  });

  it("tries the next path when the first has none", () => {
    write({ "first/a.yaml": "", "second/taxonomy.yaml": "" });
    // Only meaningful when nothing above the test folder has a taxonomy.
    if (aboveRoot() === undefined) expect(findTaxonomy(["first", "second"], root)).toBe(at("second/taxonomy.yaml"));
    expect(findTaxonomy(["second", "first"], root)).toBe(at("second/taxonomy.yaml"));
  });
});
