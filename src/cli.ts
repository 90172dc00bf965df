// The command line: parses arguments, does all reading and writing, and returns an exit code
// (0 fine, 1 findings at or above the fail level, 2 bad usage or unusable input). It never calls
// process.exit, so it can be driven from tests.
import path from "node:path";
import { Command, CommanderError, Option } from "commander";
import type { Diagnostic } from "./model/types.js";
import { formatDiagnostics } from "./format/diagnostics.js";
import { formatFactsCsv, formatFactsJson } from "./format/fact-records.js";
import { collectFactFiles, displayPath, findTaxonomy, readText } from "./io/fact-files.js";
import { writeFileAtomic } from "./io/write-file-atomic.js";
import { loadFactFiles, loadTaxonomy, type LoadResult } from "./load/load-fact-base.js";
import type { Taxonomy } from "./taxonomy/taxonomy.js";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Raised for input concord cannot use; the CLI prints its diagnostics and exits 2. */
class UnusableInput extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`${diagnostics.length} problem(s) in the input`);
  }
}

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode = EXIT_OK;
  const debug = argv.includes("--debug");
  const program = new Command()
    .name("concord")
    .description("Cross-source consistency checker for financial figures quoted in the news.")
    .option("--debug", "print stack traces for unexpected errors")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run concord --help for usage)");

  program
    .command("validate")
    .description("check fact files against the schemas and the taxonomy; report every problem with file:line:column")
    .argument("[paths...]", "fact files or folders", ["facts"])
    .option("--taxonomy <file>", "taxonomy file (default: the nearest taxonomy.yaml in or above the first path)")
    .action((paths: string[], options: { taxonomy?: string }) => {
      const result = loadOrThrow(paths, options.taxonomy, io);
      const sources = result.factBase.sources.length;
      io.stdout(`${result.factBase.files.length} files, ${sources} sources, ${result.factBase.facts.length} facts: no problems\n`);
      exitCode = EXIT_OK;
    });

  program
    .command("facts")
    .description("list every fact, normalised, one record each (values in base units)")
    .argument("[paths...]", "fact files or folders", ["facts"])
    .addOption(new Option("--format <format>", "output format").choices(["json", "csv"]).default("json"))
    .option("--out <file>", "write to a file instead of stdout (- for stdout)", "-")
    .option("--taxonomy <file>", "taxonomy file (default: the nearest taxonomy.yaml in or above the first path)")
    .action((paths: string[], options: { format: "json" | "csv"; out: string; taxonomy?: string }) => {
      const { factBase } = loadOrThrow(paths, options.taxonomy, io);
      const output = options.format === "csv" ? formatFactsCsv(factBase) : formatFactsJson(factBase);
      writeOutput(options.out, output, io);
      exitCode = EXIT_OK;
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits; anything else commander rejects is bad usage.
      return error.exitCode === 0 ? EXIT_OK : EXIT_UNUSABLE;
    }
    if (error instanceof UnusableInput) {
      io.stderr(formatDiagnostics(error.diagnostics));
      return EXIT_UNUSABLE;
    }
    io.stderr(`concord: unexpected error: ${(error as Error).message}\n`);
    if (debug) io.stderr(`${(error as Error).stack ?? ""}\n`);
    else io.stderr("(run again with --debug for the stack trace)\n");
    return EXIT_UNUSABLE;
  }
}

/** Loads the taxonomy and the fact files; any problem anywhere makes the input unusable. */
function loadOrThrow(paths: string[], taxonomyOption: string | undefined, io: CliIo): LoadResult & { taxonomy: Taxonomy } {
  const taxonomyFile = taxonomyOption ? path.resolve(io.cwd, taxonomyOption) : findTaxonomy(paths, io.cwd);
  if (!taxonomyFile) {
    throw new UnusableInput([{ file: paths[0] ?? ".", line: 1, column: 1, path: "", message: "no taxonomy found", found: "no taxonomy.yaml in or above this path", expected: "facts/taxonomy.yaml, or --taxonomy FILE" }]);
  }
  let taxonomyText: string;
  const shownTaxonomy = displayPath(taxonomyFile, io.cwd);
  try {
    taxonomyText = readText(taxonomyFile);
  } catch (error) {
    throw new UnusableInput([{ file: shownTaxonomy, line: 1, column: 1, path: "", message: `cannot read the taxonomy: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, found: "an unreadable file", expected: "a readable taxonomy file" }]);
  }
  const { taxonomy, diagnostics: taxonomyDiagnostics } = loadTaxonomy({ file: shownTaxonomy, text: taxonomyText });
  const collected = collectFactFiles(paths, io.cwd);
  if (!taxonomy) throw new UnusableInput([...taxonomyDiagnostics, ...collected.diagnostics]);
  const result = loadFactFiles(collected.factFiles, taxonomy);
  const diagnostics = [...collected.diagnostics, ...result.diagnostics];
  if (diagnostics.length > 0) throw new UnusableInput(diagnostics);
  return { ...result, taxonomy };
}

function writeOutput(out: string, content: string, io: CliIo): void {
  if (out === "-") io.stdout(content);
  else writeFileAtomic(path.resolve(io.cwd, out), content);
}
