// What the parse-cache tests share: a scratch folder per test, with XDG_CACHE_HOME pointed inside it
// so no test touches the user's own cache, and both put back afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";

/** Registers the hooks; the returned function gives the current test's scratch folder. */
export function useCacheWorkspace(prefix: string): () => string {
  let workspace = "";
  let previous: string | undefined;
  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), prefix));
    previous = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = path.join(workspace, "user-cache");
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = previous;
    rmSync(workspace, { recursive: true, force: true });
  });
  return () => workspace;
}
