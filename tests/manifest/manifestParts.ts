/** Shared pieces of the manifest checks: namespaces, expectations, schema sequences, locales. */
import { childrenNamed, type XmlElement } from "./xmlTree";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
} as const;

export interface ManifestExpectations {
  /** Folder the https://…/assets/ URLs are served from. */
  readonly assetsDir: string;
  /** package.json's version; the manifest carries it with a fourth part. */
  readonly packageVersion: string;
  /** Function name the ribbon's Refresh scores button runs, as the code registers it. */
  readonly refreshFunction: string;
}

export interface Slot {
  readonly name: string;
  readonly required: boolean;
  /** maxOccurs="unbounded"; every other slot occurs at most once. */
  readonly repeatable?: boolean;
}

/** Children must be known, in schema order, each at most once unless repeatable, every required one present. */
export function checkSequence(parent: XmlElement, sequence: readonly Slot[]): string[] {
  const problems: string[] = [];
  let last = -1;
  for (const child of parent.children) {
    const at = sequence.findIndex((slot) => slot.name === child.name);
    if (at < 0) problems.push(`${parent.name}: unexpected element <${child.name}> (line ${child.line})`);
    else if (at < last || (at === last && !sequence[at].repeatable)) {
      problems.push(`${parent.name}: <${child.name}> is out of order or repeated (line ${child.line})`);
    } else last = at;
  }
  for (const slot of sequence) {
    if (slot.required && childrenNamed(parent, slot.name).length === 0) {
      problems.push(`${parent.name}: required <${slot.name}> is missing`);
    }
  }
  return problems;
}

/** Default value (as zh-CN, the DefaultLocale) plus every <Override Locale=… Value=…>. */
export function localizedValues(element: XmlElement): Map<string, string> {
  const values = new Map<string, string>();
  const fallback = element.attributes.get("DefaultValue");
  if (fallback !== undefined) values.set("zh-CN", fallback);
  for (const override of childrenNamed(element, "Override")) {
    const locale = override.attributes.get("Locale");
    const value = override.attributes.get("Value");
    if (locale !== undefined && value !== undefined) values.set(locale, value);
  }
  return values;
}
