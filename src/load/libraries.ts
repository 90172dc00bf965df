// Third-party libraries loaded on first use rather than at start-up: a run whose files all come from
// the parse cache never parses YAML, and only a run that shows what changed needs a text diff, so
// `concord validate` and `concord reconcile` start without loading them.
import { createRequire } from "node:module";
import type * as Diff from "diff";
import type * as Yaml from "yaml";

const load = createRequire(import.meta.url);
let yaml: typeof Yaml | undefined;
let diff: Pick<typeof Diff, "createTwoFilesPatch"> | undefined;

/** The `yaml` library, loaded the first time it is asked for. */
export function yamlLibrary(): typeof Yaml {
  yaml ??= load("yaml") as typeof Yaml;
  return yaml;
}

/**
 * The `diff` library's patch maker, loaded the first time it is asked for: only its module and those
 * it needs, half the time of the whole library's (about 9 ms against 18 ms), which `--since` pays on
 * every run that shows a changed fact.
 */
export function diffLibrary(): Pick<typeof Diff, "createTwoFilesPatch"> {
  diff ??= load("diff/lib/patch/create.js") as Pick<typeof Diff, "createTwoFilesPatch">;
  return diff;
}
