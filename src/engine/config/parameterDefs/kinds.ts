import type { ParamKind } from "../parameterTypes";

/** Kinds shared by many parameters. */
export const POINTS: ParamKind = { type: "number", min: 0 };
export const SCORE_0_100: ParamKind = { type: "number", min: 0, max: 100 };
/** The 1–5 points of one opportunity factor. */
export const FACTOR_POINTS: ParamKind = { type: "integer", min: 1, max: 5 };
export const FACTOR_POINTS_MAP: ParamKind = { type: "pointsMap", min: 1, max: 5 };
export const MONTHS: ParamKind = { type: "integer", min: 1 };
export const DAYS_AT_LEAST_1: ParamKind = { type: "days", min: 1 };
export const DAYS_AT_LEAST_0: ParamKind = { type: "days", min: 0 };
export const COUNT_AT_LEAST_1: ParamKind = { type: "integer", min: 1 };
export const AMOUNT: ParamKind = { type: "amount" };
export const TEXT: ParamKind = { type: "text" };
export const LIST: ParamKind = { type: "list" };
