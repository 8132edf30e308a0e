/**
 * Small choices the pane remembers between sessions (language, dismissed notices). Storage may
 * be unavailable (private windows, locked-down hosts): then nothing is remembered, nothing fails.
 */
const PREFIX = "sales-radar.";

export function readChoice(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

export function writeChoice(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + key, value);
  } catch {
    // Not remembered; the choice still holds for this session.
  }
}
