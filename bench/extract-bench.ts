// The extractor's part of `npm run bench` (alone: `npm run bench:extract`): throughput on Chinese
// news text of 1, 4 and 16 MB, time on adversarial texts against the same size of news text, and
// Microsoft Recognizers-Text's Chinese currency model on the same texts, side by side.
//
// Every run is in this one process, after a warm-up, and each figure is the median of several runs:
// the machine may be shared with other work, so medians, and the load average is printed. The
// extractor is the built one (dist/, as `concord extract` runs it): `npm run bench` builds first.
// Recognizers-Text is far slower and superlinear on long inputs, so its input is capped (see below).
import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import RecognizersNumberWithUnit from "@microsoft/recognizers-text-number-with-unit";
import { MB, adversarialTexts, newsText, utf8Bytes } from "./news-text.js";

type ExtractModule = typeof import("../src/extract/extract.js");
type LoadModule = typeof import("../src/load/load-fact-base.js");
type Taxonomy = NonNullable<ReturnType<LoadModule["loadTaxonomy"]>["taxonomy"]>;

const root = fileURLToPath(new URL("..", import.meta.url));
/** Extractor runs per size: the larger, the fewer (each 16 MB run takes seconds). */
const EXTRACT_SIZES: [number, number][] = (process.env.BENCH_EXTRACT_SIZES ?? "1:7,4:5,16:3").split(",").map((pair) => pair.split(":").map(Number) as [number, number]);
/** Recognizers-Text input cap, in KB of the same news text, one call per line (paragraph). */
const RECOGNIZERS_KB = Number(process.env.BENCH_RECOGNIZERS_KB ?? 64);
const ARTICLE_DATE = "2026-02-13";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median wall time in ms of `runs` calls of `work`, and the last call's result. */
function time<T>(runs: number, work: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result: T | undefined;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    result = work();
    times.push(performance.now() - started);
  }
  return { ms: median(times), result: result! };
}

const fixed = (value: number, digits = 0) => value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** Sizes as MB or KB of UTF-8 (texts are cut at a character, so a "1 MB" text may be a byte or two short). */
const sizeLabel = (bytes: number) => (bytes >= MB - 4 ? `${fixed(bytes / MB, Math.abs(bytes - Math.round(bytes / MB) * MB) <= 4 ? 0 : 2)} MB` : `${fixed(bytes / 1024, bytes >= 10 * 1024 ? 0 : 1)} KB`);

async function loadExtractor(): Promise<{ extractFacts: ExtractModule["extractFacts"]; taxonomy: Taxonomy }> {
  const dist = (file: string) => pathToFileURL(path.join(root, "dist", file)).href;
  let extract: ExtractModule;
  let load: LoadModule;
  try {
    extract = (await import(dist("extract/extract.js"))) as ExtractModule;
    load = (await import(dist("load/load-fact-base.js"))) as LoadModule;
  } catch (error) {
    throw new Error(`the extract bench runs the built extractor: run \`npm run build\` first (${(error as Error).message})`);
  }
  const file = path.join(root, "facts/taxonomy.yaml");
  const { taxonomy } = load.loadTaxonomy({ file: "facts/taxonomy.yaml", text: readFileSync(file, "utf8") });
  if (!taxonomy) throw new Error("facts/taxonomy.yaml does not load");
  return { extractFacts: extract.extractFacts, taxonomy };
}

export async function runExtractBench(): Promise<void> {
  const started = performance.now();
  const { extractFacts, taxonomy } = await loadExtractor();
  const { recognizeCurrency, Culture } = RecognizersNumberWithUnit;
  const extract = (text: string) => {
    try {
      return extractFacts(text, taxonomy, { date: ARTICLE_DATE });
    } catch (error) {
      return error as Error;
    }
  };
  const outcome = (result: ReturnType<typeof extract>) => (result instanceof Error ? `**threw** ${result.name}: ${result.message.slice(0, 60)}` : `${fixed(result.facts.length)} / ${fixed(result.skipped.length)}`);
  /** Recognizers-Text's currency model, one call per line (it is made for utterances, not documents). */
  const recognizeLines = (text: string) => {
    let amounts = 0;
    for (const line of text.split("\n")) if (line.trim()) amounts += recognizeCurrency(line, Culture.Chinese).filter((result) => /^-?\d/.test(String(result.resolution?.value))).length;
    return amounts;
  };
  const currencyFacts = (result: ReturnType<typeof extract>) => (result instanceof Error ? 0 : result.facts.filter((fact) => /^[A-Z]{3}$/.test(fact.unit)).length);

  console.log("");
  console.log("## Extractor");
  console.log("");
  console.log(`machine: ${cpus()[0]?.model ?? "unknown cpu"} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average at start ${loadavg().map((value) => value.toFixed(2)).join(" ")} (shared machine: medians)`);

  // Warm-up: the taxonomy's lexicon, opencc's dictionaries and the JIT.
  const warm = newsText(MB);
  for (let run = 0; run < 2; run++) extract(warm);

  // 1. Throughput on news text, and whether time grows in proportion to size.
  console.log("");
  console.log("Chinese financial news (simplified and traditional, written for the bench), one `extractFacts` call on the whole text:");
  console.log("");
  console.log("| text | characters | runs | median ms | MB/s | ms per MB | facts / skipped figures |");
  console.log("|---:|---:|---:|---:|---:|---:|---|");
  let normalMsPerMb = 0;
  let oneMbMs = 0;
  let oneMbRuns = 0;
  for (const [size, runs] of EXTRACT_SIZES) {
    const text = newsText(size * MB);
    const bytes = utf8Bytes(text);
    const { ms, result } = time(runs, () => extract(text));
    const msPerMb = ms / (bytes / MB);
    if (size === 1) {
      normalMsPerMb = msPerMb;
      oneMbMs = ms;
      oneMbRuns = runs;
    }
    console.log(`| ${sizeLabel(bytes)} | ${fixed(text.length)} | ${runs} | ${fixed(ms)} | ${fixed(bytes / MB / (ms / 1000), 2)} | ${fixed(msPerMb)} | ${outcome(result)} |`);
  }
  if (normalMsPerMb === 0) {
    const text = newsText(MB);
    oneMbRuns = 5;
    oneMbMs = time(oneMbRuns, () => extract(text)).ms;
    normalMsPerMb = oneMbMs / (utf8Bytes(text) / MB);
  }

  // 2. Adversarial texts: each at ¼ MB and 1 MB, against the 1 MB of news text.
  console.log("");
  console.log(`Adversarial texts (UTF-8 bytes; median of 3 runs each; "× news" is ms per MB against ${fixed(normalMsPerMb)} ms per MB on news text; "1 MB ÷ ¼ MB" is 4 when time is linear):`);
  console.log("");
  console.log("| input | ms at ¼ MB | ms at 1 MB | ms per MB | × news | 1 MB ÷ ¼ MB | facts / skipped at 1 MB |");
  console.log("|---|---:|---:|---:|---:|---:|---|");
  const quarter = new Map(adversarialTexts(MB / 4));
  const concordPerMb = new Map<string, number>();
  for (const [name, text] of adversarialTexts(MB)) {
    const small = time(3, () => extract(quarter.get(name)!));
    const { ms, result } = time(3, () => extract(text));
    const msPerMb = ms / (utf8Bytes(text) / MB);
    concordPerMb.set(name, msPerMb);
    console.log(`| ${name} | ${fixed(small.ms)} | ${fixed(ms)} | ${fixed(msPerMb)} | ${fixed(msPerMb / normalMsPerMb, 2)} | ${fixed(ms / small.ms, 1)} | ${outcome(result)} |`);
  }

  // 3. Recognizers-Text, Chinese currency model, on the same news text (capped) and the adversarial texts (tiny).
  // The first RECOGNIZERS_KB of the same news text (newsText is deterministic, so a smaller size is a
  // prefix of a larger one), cut back to a line end so both tools see whole paragraphs.
  const capped = newsText(RECOGNIZERS_KB * 1024);
  const input = capped.slice(0, capped.lastIndexOf("\n") + 1);
  const inputBytes = utf8Bytes(input);
  recognizeCurrency("营收为 115 亿美元。", Culture.Chinese);
  const ours = time(5, () => extract(input));
  const theirs = time(3, () => recognizeLines(input));
  const wholeHalf = newsText(4 * 1024);
  const whole = newsText(8 * 1024);
  const wholeSmall = time(1, () => recognizeCurrency(wholeHalf, Culture.Chinese));
  const wholeLarge = time(1, () => recognizeCurrency(whole, Culture.Chinese));
  console.log("");
  console.log(`Side by side with Microsoft Recognizers-Text (\`@microsoft/recognizers-text-number-with-unit\`, \`recognizeCurrency\`, \`Culture.Chinese\`). Its input is capped at the first ${sizeLabel(inputBytes)} of the 1 MB news text (whole paragraphs), so the bench stays within minutes:`);
  console.log("");
  console.log("| tool | input | how it is called | runs | median ms | MB/s | currency amounts found |");
  console.log("|---|---:|---|---:|---:|---:|---:|");
  console.log(`| concord extract | 1 MB | one call on the whole text | ${oneMbRuns} | ${fixed(oneMbMs)} | ${fixed(1 / (oneMbMs / 1000), 2)} | ${fixed(currencyFacts(extract(warm)))} (facts with a currency unit) |`);
  console.log(`| concord extract | ${sizeLabel(inputBytes)} | one call on the whole text | 5 | ${fixed(ours.ms, 1)} | ${fixed(inputBytes / MB / (ours.ms / 1000), 2)} | ${fixed(currencyFacts(ours.result))} (facts with a currency unit) |`);
  console.log(`| Recognizers-Text | ${sizeLabel(inputBytes)} | one call per line (${fixed(input.split("\n").filter((line) => line.trim()).length)} paragraphs) | 3 | ${fixed(theirs.ms)} | ${fixed(inputBytes / MB / (theirs.ms / 1000), 4)} | ${fixed(theirs.result)} (results with a numeric value) |`);
  console.log(`| Recognizers-Text | ${sizeLabel(utf8Bytes(wholeHalf))} | one call on the whole text | 1 | ${fixed(wholeSmall.ms)} | ${fixed(utf8Bytes(wholeHalf) / MB / (wholeSmall.ms / 1000), 4)} | ${fixed(wholeSmall.result.length)} |`);
  console.log(`| Recognizers-Text | ${sizeLabel(utf8Bytes(whole))} | one call on the whole text | 1 | ${fixed(wholeLarge.ms)} | ${fixed(utf8Bytes(whole) / MB / (wholeLarge.ms / 1000), 4)} | ${fixed(wholeLarge.result.length)} |`);
  console.log("");
  console.log(`Recognizers-Text on a whole text: doubling the input multiplied its time by ${fixed(wholeLarge.ms / wholeSmall.ms, 1)} (linear would be 2). At the per-line rate, the 1 MB text would take about ${fixed((theirs.ms * (MB / inputBytes)) / 1000)} s.`);

  const tinySizes = [1024, 2048];
  const tiny = tinySizes.map((bytes) => adversarialTexts(bytes));
  console.log("");
  console.log("Recognizers-Text on the adversarial texts, capped at 1 KB and 2 KB (one call, one run each; concord's figure is from the table above, at 1 MB):");
  console.log("");
  console.log("| input | Recognizers ms at 1 KB | at 2 KB | 2 KB ÷ 1 KB | Recognizers ms per MB (at 2 KB) | concord ms per MB (at 1 MB) |");
  console.log("|---|---:|---:|---:|---:|---:|");
  tiny[0]!.forEach(([name, small], index) => {
    const large = tiny[1]![index]![1];
    const a = time(1, () => recognizeCurrency(small, Culture.Chinese)).ms;
    const b = time(1, () => recognizeCurrency(large, Culture.Chinese)).ms;
    console.log(`| ${name} | ${fixed(a)} | ${fixed(b)} | ${fixed(b / Math.max(a, 0.5), 1)} | ${fixed(b / (utf8Bytes(large) / MB))} | ${fixed(concordPerMb.get(name) ?? Number.NaN)} |`);
  });
  console.log("");
  console.log(`extract part: ${fixed((performance.now() - started) / 1000, 1)} s; load average at end ${loadavg().map((value) => value.toFixed(2)).join(" ")}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await runExtractBench();
