// Which hand-encoded source stands for which seed article (in ../shared/seeds, outside the
// repository): one list for the eval, the Recognizers comparison and the quote test.
export const SEED_ARTICLES: Readonly<Record<string, string>> = {
  "ft-2024-07-02-amzn-international": "000_96ac35d20cffcaf8.txt",
  "nmedialink-amzn-automation": "001_b1c06e995a0940bf.txt",
  "jin10-2025-02-07-amzn-ai-capex": "002_ecce39e23735fe14.txt",
  "dolphin-2026-02-06-amzn-q4-call": "003_c445140bae884d0d.txt",
  "lishi-2026-02-13-amzn-ai-arms-race": "004_cce3593157d98470.txt",
};

/** The company's releases, encoded from ../shared/reference. */
export const REFERENCE_SOURCES: Readonly<Record<string, string>> = {
  "amzn-release-2026-02-05-q4-2025": "amzn-official-figures.md",
  "amzn-release-2025-10-30-q3-2025": "amzn-official-figures.md",
  "amzn-release-2025-02-06-q4-2024": "amzn-official-figures.md",
};
