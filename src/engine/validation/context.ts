import type { DayNumber } from "../cells/calendar";
import type { ParseContext } from "../cells/types";
import type { EngineConfig } from "../config/types";

/** Everything validation needs besides the sheet: the rules, how cells are read, and the two dates. */
export interface ValidationContext {
  readonly config: EngineConfig;
  readonly parse: ParseContext;
  /** The as-of date `T`; follow-ups after it (but not after `today`) are valid and left to scoring. */
  readonly asOf: DayNumber;
  /** The real calendar day; follow-ups after it are errors. */
  readonly today: DayNumber;
  /** Findings carry both languages; the sheet's language is chosen where they are written. */
  readonly sheetLanguage?: never;
}
