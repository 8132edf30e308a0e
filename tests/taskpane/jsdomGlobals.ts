/**
 * What jsdom lacks and the code under test uses: the .xlsx reader decodes with TextDecoder.
 * Imported first by each jsdom test file, before any module that needs it is loaded.
 */
import { TextDecoder, TextEncoder } from "node:util";

const globals = globalThis as Record<string, unknown>;
if (globals.TextDecoder === undefined) globals.TextDecoder = TextDecoder;
if (globals.TextEncoder === undefined) globals.TextEncoder = TextEncoder;
