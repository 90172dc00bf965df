// concord.config.yaml: rule severities and options, and how far `about` stretches a value. Validated
// by schemas/config.schema.json and, per rule, by the rule's own options schema.
import { createRequire } from "node:module";
import type { Diagnostic } from "../model/types.js";
import type { Severity } from "../model/finding.js";
import type { Exact } from "../numbers/exact.js";
import { DEFAULT_INTERVAL_OPTIONS } from "../numbers/interval.js";
import { parseWrittenNumber } from "../numbers/written-number.js";
import { RULES, ruleById } from "../rules/registry.js";
import { parseDocument } from "../load/parse-document.js";
import { closestName, validateAgainstSchema } from "../load/schemas.js";
import type { InputFile } from "../load/load-fact-base.js";
import type Ajv2020Type from "ajv/dist/2020.js";

export const CONFIG_FILE = "concord.config.yaml";

export interface RuleSetting {
  severity: Severity | "off";
  options: Record<string, unknown>;
}

export interface Config {
  aboutTolerance: Exact;
  rules: Map<string, RuleSetting>;
}

export function defaultConfig(): Config {
  return {
    aboutTolerance: DEFAULT_INTERVAL_OPTIONS.aboutTolerance,
    rules: new Map(RULES.map((rule) => [rule.meta.id, { severity: rule.meta.defaultSeverity, options: { ...rule.meta.defaultOptions } }])),
  };
}

interface RawConfig {
  about_tolerance?: string;
  rules?: Record<string, Severity | "off" | { severity?: Severity | "off"; options?: Record<string, unknown> }>;
}

const require = createRequire(import.meta.url);

/**
 * A validator for rules' options schemas, made only for a configuration that sets options: loading ajv
 * is a good part of start-up, which every other run of concord (and `validate` always) need not pay.
 */
function optionsAjv(): Ajv2020Type.default {
  const Ajv2020 = (require("ajv/dist/2020.js") as { default: typeof Ajv2020Type.default }).default;
  return new Ajv2020({ allErrors: true, strict: false });
}

export function loadConfig(input: InputFile): { config?: Config; diagnostics: Diagnostic[] } {
  const parsed = parseDocument(input.file, input.text);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const { document } = parsed;
  const diagnostics = validateAgainstSchema("config", document);
  if (diagnostics.length > 0) return { diagnostics };
  const raw = (document.data ?? {}) as RawConfig;
  const config = defaultConfig();
  if (raw.about_tolerance !== undefined) config.aboutTolerance = parseWrittenNumber(raw.about_tolerance)!.value;
  let optionsValidator: Ajv2020Type.default | undefined;
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    const rule = ruleById(id);
    if (!rule) {
      const suggestion = closestName(id, RULES.map((known) => known.meta.id));
      diagnostics.push({ file: input.file, ...document.locate(["rules"], id), path: `/rules/${id}`, message: "unknown rule", found: JSON.stringify(id), expected: `a rule id: ${RULES.map((known) => known.meta.id).join(", ")}${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}` });
      continue;
    }
    const current = config.rules.get(id)!;
    if (typeof setting === "string") {
      current.severity = setting;
      continue;
    }
    if (setting.severity !== undefined) current.severity = setting.severity;
    if (setting.options !== undefined) {
      const options = { ...rule.meta.defaultOptions, ...setting.options };
      optionsValidator ??= optionsAjv();
      if (!optionsValidator.validate(rule.meta.optionsSchema, options)) {
        for (const error of optionsValidator.errors ?? []) {
          diagnostics.push({ file: input.file, ...document.locate(["rules", id, "options"]), path: `/rules/${id}/options${error.instancePath}`, message: `invalid option for rule ${id}: ${error.message ?? error.keyword}`, found: JSON.stringify(error.data ?? null), expected: `options matching the rule's schema ${JSON.stringify(rule.meta.optionsSchema)}` });
        }
        continue;
      }
      current.options = options;
    }
  }
  return diagnostics.length > 0 ? { diagnostics } : { config, diagnostics };
}
