import type { Bilingual } from "../labels";
import type { EngineConfig } from "./types";
import type { PathStep } from "./configPath";

/** The sections of the `评分规则` sheet, in sheet order. */
export type ParamGroup =
  | "general"
  | "priority"
  | "icp"
  | "cadence"
  | "recommendations"
  | "opportunity"
  | "segments"
  | "churn"
  | "funnel";

export interface ChoiceOption {
  /** The value stored in the config. */
  readonly value: string;
  readonly label: Bilingual;
}

/**
 * How a parameter is typed in a cell and what values it allows. Bounds live here, once: the
 * sheet reader, the config schema and the rules editor form all read them.
 */
export type ParamKind =
  | { readonly type: "integer"; readonly min: number; readonly max?: number }
  | { readonly type: "number"; readonly min: number; readonly max?: number }
  | { readonly type: "days"; readonly min: number }
  /** 万元, never negative. */
  | { readonly type: "amount" }
  /** Shown as percent points (30 = 30 %); stored as points (weights) or as a fraction (0.3). */
  | { readonly type: "percent"; readonly stored: "points" | "fraction" }
  | { readonly type: "text" }
  /** A regular expression source; must compile. */
  | { readonly type: "pattern" }
  | { readonly type: "list" }
  /** Cut-points: exactly `count` plain numbers, each larger than the one before. */
  | { readonly type: "numbers"; readonly count: number }
  /** An inclusive range of 1–5 scores, typed `4~5` or `1`. */
  | { readonly type: "scoreRange" }
  /** Points per label, typed `行业标杆=10、区域龙头=5`. */
  | { readonly type: "pointsMap"; readonly min: number; readonly max: number }
  | { readonly type: "choice"; readonly options: readonly ChoiceOption[] };

export type ParamKindType = ParamKind["type"];

/** A parameter's value as the form and the sheet see it; `null` only for optional parameters. */
export type ParamValue =
  number | string | readonly string[] | readonly number[] | Readonly<Record<string, number>> | null;

/** One editable parameter, as plain data: where it lives in the config and how it is shown. */
export interface ParameterSpec {
  /** Stable key written in the sheet's key column, e.g. `priority.recency.1.months`. */
  readonly key: string;
  readonly group: ParamGroup;
  readonly label: Bilingual;
  /** What it means and its unit. */
  readonly note: Bilingual;
  readonly kind: ParamKind;
  /** Location in EngineConfig. */
  readonly path: readonly PathStep[];
  /** Blank allowed (the criterion is then not set). */
  readonly optional?: boolean;
  /**
   * For a bound inside a nullable object (an ICP range): the object created when a bound is
   * set on null, and collapsed back to null when every bound is null again.
   */
  readonly nullableParent?: Readonly<Record<string, null>>;
}

/** A parameter with its accessors; get and set are derived from the path, never written by hand. */
export interface Parameter extends ParameterSpec {
  get(config: EngineConfig): ParamValue;
  /** A new config with this parameter replaced; the input is left untouched. */
  set(config: EngineConfig, value: ParamValue): EngineConfig;
}
