// Identity definitions: arithmetic that must hold between facts, kept as data in the taxonomy and
// checked by one generic rule per kind.
import type { Measure, MetricKind } from "../model/types.js";

interface IdentityBase {
  id: string;
  description: string;
  /** Entities it applies to; all when undefined. */
  entities?: string[];
}

/**
 * An operand named in full: the fields it gives are fixed, the others are the occasion's (the entity
 * and segment of the fact the identity starts from, or the identity's own metric, measure and `of`).
 * Naming `entity` lets an identity reach across companies: AWS's, Azure's and Google Cloud's shares of
 * the public cloud market add up to the three's combined share.
 */
export interface OperandSpec {
  entity?: string;
  segment?: string;
  metric?: string;
  measure?: Measure;
  of?: string;
}

/** How an identity names an operand: a bare id (a metric for a ratio, a segment for a sum), or in full. */
export type OperandName = string | OperandSpec;

export interface RatioIdentity extends IdentityBase {
  kind: "ratio";
  /** The ratio (a metric id, or an operand in full). */
  result: OperandName;
  numerator: OperandName;
  denominator: OperandName;
}

export interface ShareIdentity extends IdentityBase {
  kind: "share";
}

export interface SumIdentity extends IdentityBase {
  kind: "sum";
  /** The metric that adds up, unless an operand names its own. */
  metric: string;
  /** The measure that adds up (`level` when left out; `share` for market shares), unless an operand names its own. */
  measure?: Measure;
  /** What every operand is of (a share's market: `MARKET/public_cloud`), unless an operand names its own. */
  of?: string;
  /** The total (a segment id, or an operand in full). */
  total: OperandName;
  parts: OperandName[];
}

export interface GrowthIdentity extends IdentityBase {
  kind: "growth";
  metric_kinds: MetricKind[];
}

export interface RunRateIdentity extends IdentityBase {
  kind: "run_rate";
  factor: string;
}

export interface GuidanceIdentity extends IdentityBase {
  kind: "guidance";
}

export interface OrderIdentity extends IdentityBase {
  kind: "order";
  metric_kinds: MetricKind[];
}

export interface SignIdentity extends IdentityBase {
  kind: "sign";
  metrics: string[];
}

export type Identity = RatioIdentity | ShareIdentity | SumIdentity | GrowthIdentity | RunRateIdentity | GuidanceIdentity | OrderIdentity | SignIdentity;
export type IdentityKind = Identity["kind"];

/** Which fields each kind needs, so the taxonomy loader can say what is missing. */
export const REQUIRED_FIELDS: Readonly<Record<IdentityKind, readonly string[]>> = {
  ratio: ["result", "numerator", "denominator"],
  share: [],
  sum: ["metric", "total", "parts"],
  growth: ["metric_kinds"],
  run_rate: ["factor"],
  guidance: [],
  order: ["metric_kinds"],
  sign: ["metrics"],
};

export function appliesTo(identity: Identity, entity: string): boolean {
  return identity.entities === undefined || identity.entities.includes(entity);
}

/**
 * One operand of a sum or ratio, resolved against the identity's defaults. `entity` and `segment` are
 * undefined when the operand takes them from the occasion (the entity and segment of the fact checked).
 */
export interface Term {
  entity?: string;
  segment?: string;
  metric: string;
  measure: Measure;
  /** What the operand is of; undefined: nothing. */
  of?: string;
}

/** The measures whose values add up: levels, shares of one whole, absolute changes. */
export const ADDITIVE_MEASURES: readonly Measure[] = ["level", "share", "yoy_abs", "qoq_abs"];

/** A sum's operand: a bare id is a segment of the occasion's entity, with the identity's metric, measure and `of`. */
export function sumTerm(identity: SumIdentity, name: OperandName): Term {
  const spec: OperandSpec = typeof name === "string" ? { segment: name } : name;
  const of = spec.of ?? identity.of;
  return {
    ...(spec.entity !== undefined ? { entity: spec.entity } : {}),
    segment: spec.segment ?? "total",
    metric: spec.metric ?? identity.metric,
    measure: spec.measure ?? identity.measure ?? "level",
    ...(of !== undefined ? { of } : {}),
  };
}

/** A ratio's operand: a bare id is a metric, at the level, of the occasion's entity and segment. */
export function ratioTerm(name: OperandName): Term {
  if (typeof name === "string") return { metric: name, measure: "level" };
  return {
    ...(name.entity !== undefined ? { entity: name.entity } : {}),
    ...(name.segment !== undefined ? { segment: name.segment } : {}),
    metric: name.metric ?? "",
    measure: name.measure ?? "level",
    ...(name.of !== undefined ? { of: name.of } : {}),
  };
}
