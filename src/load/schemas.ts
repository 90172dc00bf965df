// The JSON Schemas under schemas/, compiled to standalone ajv code at build time
// (src/load/generated/validators.ts, made by scripts/generate-validators.ts), and their errors turned
// into diagnostics that say what was found and what was expected, at the line and column where it was
// written. Nothing is compiled at run time: compiling the taxonomy and fact-file schemas was a fifth of
// `concord validate`'s start-up.
import { readFileSync } from "node:fs";
import type { ErrorObject } from "ajv";
import type { Diagnostic } from "../model/types.js";
import * as generated from "./generated/validators.js";
import type { JsonPath, ParsedDocument } from "./parse-document.js";

type SchemaName = "fact-file" | "taxonomy" | "reviews" | "config" | "report" | "lexicon";

/** A validator as ajv makes it: true or false, and the errors of the last call on the function itself. */
interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const validators: Record<SchemaName, Validator> = {
  "fact-file": generated.factFile,
  taxonomy: generated.taxonomy,
  reviews: generated.reviews,
  config: generated.config,
  report: generated.report,
  lexicon: generated.lexicon,
};

const schemaDirectory = new URL("../../schemas/", import.meta.url);

export function readSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`${name}.schema.json`, schemaDirectory), "utf8")) as Record<string, unknown>;
}

/** Validates a parsed document against a named schema; every error becomes one diagnostic. */
export function validateAgainstSchema(name: SchemaName, document: ParsedDocument): Diagnostic[] {
  const validate = validators[name];
  if (validate(document.data)) return [];
  return dropImplied(validate.errors ?? []).map((error) => toDiagnostic(error, document));
}

/** `oneOf`/`anyOf`/`if` summaries repeat what their branches already said; keep the specific errors. */
function dropImplied(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter((error) => !["oneOf", "anyOf", "if"].includes(error.keyword));
}

function toDiagnostic(error: ErrorObject, document: ParsedDocument): Diagnostic {
  const path = pathOf(error.instancePath);
  const at = { file: document.file, path: error.instancePath || "/" };
  const describe = (value: unknown) => describeValue(value);
  switch (error.keyword) {
    case "required": {
      const property = (error.params as { missingProperty: string }).missingProperty;
      return { ...at, ...document.locate(path), message: `missing required property \`${property}\``, found: "nothing", expected: `\`${property}\`: ${firstSentence(propertyDescription(error, property))}` };
    }
    case "additionalProperties": {
      const property = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      const suggestion = closest(property, allowed);
      return {
        ...at,
        path: `${at.path === "/" ? "" : at.path}/${property}`,
        ...document.locate(path, property),
        message: `unknown property \`${property}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}`,
        found: `\`${property}\``,
        expected: `one of ${allowed.map((name) => `\`${name}\``).join(", ")}`,
      };
    }
    case "enum": {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      return { ...at, ...document.locate(path), message: "value is not one of the allowed values", found: describe(error.data), expected: `one of ${allowed.map((value) => JSON.stringify(value)).join(", ")}` };
    }
    case "type": {
      const type = (error.params as { type: string }).type;
      const hint = type === "string" && typeof error.data === "number" ? ` (quote it, e.g. "${String(error.data)}", so its written form is kept)` : "";
      // "an array", "an object", "an integer": not "a array".
      const article = /^[aeiou]/.test(type) ? "an" : "a";
      return { ...at, ...document.locate(path), message: `wrong type${hint}`, found: describe(error.data), expected: `${article} ${type}` };
    }
    case "pattern":
    case "format":
      return { ...at, ...document.locate(path), message: "value is not in the expected form", found: describe(error.data), expected: firstSentence(schemaDescription(error)) || `text matching ${(error.params as { pattern?: string }).pattern ?? error.message}` };
    case "maxLength":
    case "minLength": {
      const limit = (error.params as { limit: number }).limit;
      const length = typeof error.data === "string" ? [...error.data].length : 0;
      return { ...at, ...document.locate(path), message: error.keyword === "maxLength" ? "text is too long" : "text is too short", found: `${length} characters`, expected: `${error.keyword === "maxLength" ? "at most" : "at least"} ${limit} characters` };
    }
    default:
      return { ...at, ...document.locate(path), message: `schema check \`${error.keyword}\` failed: ${error.message ?? ""}`.trim(), found: describe(error.data), expected: firstSentence(schemaDescription(error)) || (error.message ?? "") };
  }
}

function pathOf(instancePath: string): JsonPath {
  if (instancePath === "") return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function schemaDescription(error: ErrorObject): string {
  const schema = error.parentSchema as { description?: string } | undefined;
  return schema?.description ?? "";
}

function propertyDescription(error: ErrorObject, property: string): string {
  const properties = (error.parentSchema as { properties?: Record<string, { description?: string; $ref?: string }> })?.properties;
  return properties?.[property]?.description ?? "required";
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end);
}

export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return value.length > 60 ? `${JSON.stringify(value.slice(0, 57))}… (${[...value].length} characters)` : JSON.stringify(value);
  return `${typeof value} ${String(value)}`;
}

/** The allowed name nearest to a misspelt one, when it is close enough to be a likely typo. */
function closest(name: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

export { closest as closestName };
