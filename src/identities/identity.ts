// Identity definitions: arithmetic that must hold between facts, kept as data in the taxonomy and
// checked by one generic rule per kind.
import type { MetricKind } from "../model/types.js";

interface IdentityBase {
  id: string;
  description: string;
  /** Entities it applies to; all when undefined. */
  entities?: string[];
}

export interface RatioIdentity extends IdentityBase {
  kind: "ratio";
  result: string;
  numerator: string;
  denominator: string;
}

export interface ShareIdentity extends IdentityBase {
  kind: "share";
}

export interface SumIdentity extends IdentityBase {
  kind: "sum";
  metric: string;
  total: string;
  parts: string[];
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
