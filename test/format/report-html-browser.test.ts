// The HTML report in a real headless Chromium (Debian's `chromium` package, or CHROMIUM_PATH): the
// page opens from a file with no network, the filters show and hide the right items, a quote holding a
// script stays text, the page fits a phone, and it looks like the stored screenshots at 390 and 1280 px.
//
// Screenshots: each full-page screenshot is reduced to the mean colour of each 8×8 block and compared
// with the baseline PNG in test/format/screenshots/, which holds exactly that (one pixel per block, a
// few kilobytes). Anti-aliasing that differs between Chromium builds moves a block's mean by a few
// levels and passes; a moved, missing or restyled part of the page changes many blocks and fails, and
// the page's size must match exactly. The baselines were made with Debian's chromium and its fonts
// (DejaVu, Liberation) on Linux; on another platform the comparison is skipped (the layout checks
// still run). Every run keeps its full screenshots, and a diff image when they differ, in
// test-results/report-html/ (not committed). UPDATE_SCREENSHOTS=1 rewrites the baselines: look at
// the full screenshots in test-results/ before committing them.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import pngjs from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatReportHtml } from "../../src/format/report-html.js";
import { openFirst } from "../../src/format/present.js";
import { groupDiscrepancies } from "../../src/reconcile/discrepancies.js";
import { isReviewed } from "../../src/model/discrepancy.js";
import { repositoryRoot } from "../helpers.js";
import { HOSTILE_QUOTE, htmlReportInput } from "./report-html-fixture.js";

const { PNG } = pngjs;
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const skipReason = `no Chromium at ${CHROMIUM}: install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH`;
if (!available) console.warn(`skipping the HTML report's browser tests: ${skipReason}`);

const BASELINES = path.join(repositoryRoot, "test/format/screenshots");
const ARTIFACTS = path.join(repositoryRoot, "test-results/report-html");
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;
/** A block differs when one of its mean channels differs by more than this (of 255). */
const BLOCK = 8;
const CHANNEL_TOLERANCE = 16;
/** At most this share of blocks may differ (a changed border colour down the side of the two error items is 0.26% at 1280 px). */
const BLOCK_SHARE_TOLERANCE = 0.001;
// Generous limits for slow machines; nothing here asserts how long anything takes.
const SLOW = 60_000;

describe.skipIf(!available)(`HTML report in headless Chromium${available ? "" : ` (skipped: ${skipReason})`}`, () => {
  let browser: Browser;
  let folder: string;
  let url: string;
  const input = htmlReportInput();
  // The page shows discrepancies, open ones first.
  const items = openFirst(groupDiscrepancies(input.findings));
  const ids = items.map((item) => item.id);
  const idOf = (kind: string, entity: string, status?: string) =>
    items.find((item) => item.kind === kind && item.key.entity === entity && (status === undefined || (isReviewed(item) ? "reviewed" : "open") === status))!.id;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), "concord-html-browser-"));
    const file = path.join(folder, "report.html");
    writeFileSync(file, formatReportHtml(input));
    url = pathToFileURL(file).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--font-render-hinting=none", "--disable-lcd-text", "--force-color-profile=srgb"] });
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  }, SLOW);

  /** A fresh page on the report, recording every request beyond the file itself, console errors and dialogs. */
  async function open(viewport: { width: number; height: number } = WIDTHS[1], javaScriptEnabled = true) {
    const context: BrowserContext = await browser.newContext({ viewport, deviceScaleFactor: 1, javaScriptEnabled, colorScheme: "light", locale: "en-US", timezoneId: "UTC", reducedMotion: "reduce" });
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on("request", (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("dialog", (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(url);
    return { page, requests, problems, close: () => context.close() };
  }

  const visibleIds = (page: Page) => page.locator("article.item:visible").evaluateAll((items) => items.map((item) => item.id));
  const box = (page: Page, name: string, label: string) => page.locator("#filters").getByRole("group", { name }).getByRole("checkbox", { name: label, exact: true });

  it(
    "opens from a file with nothing else loaded, runs only its own script, and shows every item",
    async () => {
      const { page, requests, problems, close } = await open();
      expect(await visibleIds(page)).toEqual(ids);
      await expect.poll(() => page.locator("#filters").isVisible()).toBe(true);
      expect(await page.locator("#shown").textContent()).toBe("Showing 4 of 4 items");
      // The hostile quote is on the page as text, and did not become an element.
      expect(await page.getByText(HOSTILE_QUOTE, { exact: true }).count()).toBe(1);
      expect(await page.locator("script").count()).toBe(1);
      expect(await page.locator("b").count()).toBe(0);
      expect(requests).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    },
    SLOW,
  );

  it(
    "filters by status, severity, kind and company, and Show all brings everything back",
    async () => {
      const { page, problems, close } = await open();
      const amznContradiction = idOf("contradiction", "AMZN");
      const msftContradiction = idOf("contradiction", "MSFT");
      const basis = idOf("basis_difference", "AMZN");
      const guidance = idOf("outside_guidance", "AMZN");

      await box(page, "Status", "reviewed").click();
      expect(await visibleIds(page)).toEqual(ids.filter((id) => id !== amznContradiction));
      await box(page, "Severity", "error").click();
      expect(await visibleIds(page)).toEqual([basis, guidance]);
      await box(page, "Kind", "Basis difference").click();
      expect(await visibleIds(page)).toEqual([guidance]);
      expect(await page.locator("#shown").textContent()).toBe("Showing 1 of 4 items");
      await box(page, "Company", "Amazon.com, Inc. (AMZN)").click();
      expect(await visibleIds(page)).toEqual([]);
      expect(await page.locator("#none-shown").isVisible()).toBe(true);
      expect(await page.locator("#shown").textContent()).toBe("Showing 0 of 4 items");

      await page.getByRole("button", { name: "Show all" }).click();
      await expect.poll(() => visibleIds(page)).toEqual(ids);
      expect(await page.locator("#none-shown").isVisible()).toBe(false);
      expect(await page.locator("#filters input:not(:checked)").count()).toBe(0);

      // One company alone; then only what is still open among errors.
      await box(page, "Company", "Amazon.com, Inc. (AMZN)").click();
      expect(await visibleIds(page)).toEqual([msftContradiction]);
      await box(page, "Company", "Amazon.com, Inc. (AMZN)").click();
      await box(page, "Severity", "warning").click();
      await box(page, "Severity", "info").click();
      await box(page, "Status", "reviewed").click();
      expect(await visibleIds(page)).toEqual([msftContradiction]);
      await box(page, "Status", "reviewed").click();
      await box(page, "Status", "open").click();
      expect(await visibleIds(page)).toEqual([amznContradiction]);
      expect(problems).toEqual([]);
      await close();
    },
    SLOW,
  );

  it(
    "shows every item and no filter bar without JavaScript",
    async () => {
      const { page, close } = await open(WIDTHS[1], false);
      expect(await visibleIds(page)).toEqual(ids);
      expect(await page.locator("#filters").isVisible()).toBe(false);
      await close();
    },
    SLOW,
  );

  it(
    "reads on a phone: nothing wider than the screen, the facts table as one card per fact",
    async () => {
      const { page, close } = await open(WIDTHS[0]);
      const layout = await page.evaluate(() => ({
        pageWidth: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        wider: [...document.querySelectorAll("body *")].filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5).map((element) => element.tagName),
        cell: getComputedStyle(document.querySelector("table.facts td")!).display,
        header: getComputedStyle(document.querySelector("table.facts thead")!).position,
        fontSize: getComputedStyle(document.body).fontSize,
      }));
      expect(layout.pageWidth).toBeLessThanOrEqual(layout.viewport);
      expect(layout.wider).toEqual([]);
      expect(layout.cell).toBe("block");
      expect(layout.header).toBe("absolute");
      expect(layout.fontSize).toBe("16px");
      expect(await page.locator("#filters").isVisible()).toBe(true);
      // Each fact's cells carry their column name, shown before the value.
      const label = await page.locator('table.facts td[data-label="Quote"]').first().evaluate((cell) => getComputedStyle(cell, "::before").content);
      expect(label).toBe('"Quote"');
      await close();
    },
    SLOW,
  );

  it.each(WIDTHS)(
    "looks like its baseline screenshot at $width px",
    async (viewport) => {
      const { page, close } = await open(viewport);
      const shot = await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide" });
      await close();
      mkdirSync(ARTIFACTS, { recursive: true });
      const name = `report-${viewport.width}.png`;
      writeFileSync(path.join(ARTIFACTS, name), shot);
      const baselineFile = path.join(BASELINES, name);
      const actual = PNG.sync.read(shot);
      if (process.env.UPDATE_SCREENSHOTS === "1") {
        mkdirSync(BASELINES, { recursive: true });
        writeFileSync(baselineFile, PNG.sync.write(blockMeans(actual)));
        writeFileSync(path.join(BASELINES, "baseline.json"), `${JSON.stringify({ platform: process.platform, chromium: browser.version() }, null, 2)}\n`);
      }
      const made = JSON.parse(readFileSync(path.join(BASELINES, "baseline.json"), "utf8")) as { platform: string; chromium: string };
      if (made.platform !== process.platform) {
        console.warn(`screenshot ${name} not compared: the baselines were made on ${made.platform}, this is ${process.platform} (the layout checks still ran)`);
        return;
      }
      expect(existsSync(baselineFile), `${path.relative(repositoryRoot, baselineFile)} is missing: run with UPDATE_SCREENSHOTS=1 and look at it`).toBe(true);
      const difference = compareBlocks(PNG.sync.read(readFileSync(baselineFile)), actual);
      const diffFile = path.join(ARTIFACTS, `report-${viewport.width}.diff.png`);
      rmSync(diffFile, { force: true });
      if (difference.image) writeFileSync(diffFile, PNG.sync.write(difference.image));
      const where = `compare test-results/report-html/${name} with ${path.relative(repositoryRoot, baselineFile)} (made with Chromium ${made.chromium}; this is ${browser.version()}); if the change is intended, run with UPDATE_SCREENSHOTS=1`;
      expect(difference.size, `screenshot size differs: ${where}`).toBe(difference.baselineSize);
      expect(difference.share, `${(difference.share * 100).toFixed(2)}% of ${BLOCK}×${BLOCK} blocks differ: ${where}`).toBeLessThanOrEqual(BLOCK_SHARE_TOLERANCE);
    },
    SLOW,
  );
});

type Png = InstanceType<typeof PNG>;

/** The screenshot reduced to one pixel per 8×8 block (the last row and column may be partial): its mean colour. */
function blockMeans(png: Png): Png {
  const width = Math.ceil(png.width / BLOCK);
  const height = Math.ceil(png.height / BLOCK);
  const means = new PNG({ width, height, colorType: 2 });
  const sums = new Float64Array(width * height * 3);
  const counts = new Float64Array(width * height);
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const block = Math.floor(y / BLOCK) * width + Math.floor(x / BLOCK);
      const at = (y * png.width + x) * 4;
      for (let channel = 0; channel < 3; channel++) sums[block * 3 + channel]! += png.data[at + channel]!;
      counts[block]!++;
    }
  }
  for (let block = 0; block < width * height; block++) {
    for (let channel = 0; channel < 3; channel++) means.data[block * 4 + channel] = Math.round(sums[block * 3 + channel]! / counts[block]!);
    means.data[block * 4 + 3] = 255;
  }
  return means;
}

/**
 * Compares a screenshot with a baseline of block means. Returns the page sizes (in blocks), the share
 * of blocks whose mean differs by more than the tolerance in any channel, and the screenshot with
 * those blocks painted magenta.
 */
function compareBlocks(baseline: Png, actual: Png): { size: string; baselineSize: string; share: number; image?: Png } {
  const means = blockMeans(actual);
  const size = `${means.width}×${means.height} blocks`;
  const baselineSize = `${baseline.width}×${baseline.height} blocks`;
  if (size !== baselineSize) return { size, baselineSize, share: 1 };
  const image = new PNG({ width: actual.width, height: actual.height });
  actual.data.copy(image.data);
  let differing = 0;
  for (let block = 0; block < means.width * means.height; block++) {
    const at = block * 4;
    if ([0, 1, 2].some((channel) => Math.abs(means.data[at + channel]! - baseline.data[at + channel]!) > CHANNEL_TOLERANCE)) {
      differing++;
      paintBlock(image, block % means.width, Math.floor(block / means.width));
    }
  }
  return { size, baselineSize, share: differing / (means.width * means.height), ...(differing > 0 ? { image } : {}) };
}

/** Marks a differing block in magenta on the diff image. */
function paintBlock(png: Png, column: number, row: number): void {
  for (let y = row * BLOCK; y < Math.min(png.height, (row + 1) * BLOCK); y++) {
    for (let x = column * BLOCK; x < Math.min(png.width, (column + 1) * BLOCK); x++) {
      const at = (y * png.width + x) * 4;
      png.data[at] = 255;
      png.data[at + 1] = 0;
      png.data[at + 2] = 255;
      png.data[at + 3] = 255;
    }
  }
}
