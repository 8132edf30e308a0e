/**
 * Errors shaped like office-js's `OfficeExtension.Error` (name "RichApi.Error", a stable `code`,
 * a readable `message`, `debugInfo` naming the failing statement). The codes are the documented
 * ones; the messages are the double's own wording.
 */

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidReference: "InvalidReference",
  invalidRequestContext: "InvalidRequestContext",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  undoNotSupported: "UndoNotSupported",
  valueNotLoaded: "ValueNotLoaded",
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export interface DebugInfo {
  readonly code: string;
  readonly message: string;
  readonly errorLocation?: string;
  readonly statement?: string;
}

export class DoubleOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: DoubleOfficeError | null = null;

  constructor(
    readonly code: ErrorCode | string,
    message: string,
    location?: { readonly errorLocation?: string; readonly statement?: string },
  ) {
    super(message);
    this.debugInfo = { code, message, ...location };
  }
}

export function officeError(code: ErrorCode, message: string, errorLocation?: string): DoubleOfficeError {
  return new DoubleOfficeError(code, message, errorLocation === undefined ? undefined : { errorLocation });
}

export function propertyNotLoaded(property: string, owner: string): DoubleOfficeError {
  return officeError(
    ErrorCodes.propertyNotLoaded,
    `Property "${property}" of ${owner} has not been loaded. Call load("${property}") and await context.sync() before reading it.`,
    `${owner}.${property}`,
  );
}

export function itemNotFound(what: string): DoubleOfficeError {
  return officeError(ErrorCodes.itemNotFound, `The requested resource does not exist: ${what}.`, what);
}

export function invalidArgument(detail: string, location?: string): DoubleOfficeError {
  return officeError(
    ErrorCodes.invalidArgument,
    `The argument is invalid or missing or has an incorrect format: ${detail}.`,
    location,
  );
}
