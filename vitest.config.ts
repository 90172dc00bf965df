// Tests mirror src/ under test/; they run against the TypeScript sources directly.
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

// `npm test` runs every test file but the slow ones (`*.slow.test.ts`: inputs of tens of thousands of
// keys or megabytes); `npm run test:slow` (CONCORD_TESTS=slow) runs those alone. CI runs both.
const slow = process.env.CONCORD_TESTS === "slow";

export default defineConfig({
  test: {
    include: slow ? ["test/**/*.slow.test.ts"] : ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, ...(slow ? [] : ["test/**/*.slow.test.ts"])],
    // Test files share their workers' module graph instead of importing src/ afresh each time: on a
    // 2-core machine importing was a third of the run. Tests keep no state of their own in modules.
    pool: "forks",
    isolate: false,
    // One worker per core, at least two: vitest's default (cores - 1) leaves a 2-core machine running the
    // files one after another, while many of them wait on git, the file system or Chromium.
    maxWorkers: Math.max(2, availableParallelism()),
    reporters: ["default"],
    // Guards against a hung test or hook, not measures: on a busy shared machine a heavy case (deep
    // nesting, property runs, Chromium) can pass vitest's 5 s and 10 s, and a test must never
    // fail for the machine's load.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The CLI keeps its parse cache in the user's cache directory; tests keep theirs apart.
    env: { XDG_CACHE_HOME: path.join(tmpdir(), "concord-test-cache") },
  },
});
