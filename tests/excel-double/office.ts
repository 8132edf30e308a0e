import type { ExcelHost } from "./core/host";

type Callback = (result: { status: string; value?: unknown; error?: Error }) => void;

/**
 * The parts of the common `Office` namespace an add-in touches: readiness, the host's
 * requirement sets and language, and the document's settings. Simplification: the document
 * settings share the store of `workbook.settings` and `saveAsync` always succeeds.
 */
export function officeNamespace(host: ExcelHost): Record<string, unknown> {
  const settings = host.model.settings;
  const info = () => ({ host: "Excel", platform: host.config.platform });
  return {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: async (callback?: (value: ReturnType<typeof info>) => void) => {
      callback?.(info());
      return info();
    },
    context: {
      get displayLanguage() {
        return host.config.displayLanguage;
      },
      get contentLanguage() {
        return host.config.displayLanguage;
      },
      get platform() {
        return host.config.platform;
      },
      diagnostics: {
        host: "Excel",
        version: "16.0",
        get platform() {
          return host.config.platform;
        },
      },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) =>
          host.isSetSupported(name, minVersion === undefined ? "1.1" : String(minVersion)),
      },
      document: {
        settings: {
          get: (name: string) => (settings.has(name) ? settings.get(name) : null),
          set: (name: string, value: unknown) =>
            void settings.set(name, JSON.parse(JSON.stringify(value)) as unknown),
          remove: (name: string) => void settings.delete(name),
          saveAsync: (callback?: Callback) => callback?.({ status: "succeeded" }),
          refreshAsync: (callback?: Callback) => callback?.({ status: "succeeded", value: null }),
        },
      },
    },
  };
}
