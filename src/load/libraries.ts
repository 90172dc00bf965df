// Third-party libraries loaded on first use rather than at start-up: a run whose files all come from
// the parse cache never parses YAML, and only a run that shows what changed needs a text diff, so
// `concord validate` and `concord reconcile` start without loading them.
import { createRequire } from "node:module";
import type * as Diff from "diff";
import type * as Yaml from "yaml";

const load = createRequire(import.meta.url);
let yaml: typeof Yaml | undefined;
let diff: typeof Diff | undefined;

/** The `yaml` library, loaded the first time it is asked for. */
export function yamlLibrary(): typeof Yaml {
  yaml ??= load("yaml") as typeof Yaml;
  return yaml;
}

/** The `diff` library, loaded the first time it is asked for. */
export function diffLibrary(): typeof Diff {
  diff ??= load("diff") as typeof Diff;
  return diff;
}
