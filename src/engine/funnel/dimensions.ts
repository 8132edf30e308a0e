import type { CustomerRecord } from "../schema/records";

const INDUSTRY_SEPARATOR = "-";

/** 所属行业 is `大类-细分`; summaries group by the 大类, the text before the first "-". */
export function industryCategory(industry: string | null): string | null {
  if (industry === null) return null;
  const cut = industry.indexOf(INDUSTRY_SEPARATOR);
  const category = (cut === -1 ? industry : industry.slice(0, cut)).trim();
  return category === "" ? null : category;
}

type Reader = (record: CustomerRecord) => string | null;

/** Ledger fields a summary can group by, by field key; other keys are looked up in `record.text`. */
const RECORD_DIMENSIONS: ReadonlyMap<string, Reader> = new Map<string, Reader>([
  ["id", (r) => r.id],
  ["name", (r) => r.name],
  ["industry", (r) => industryCategory(r.industry)],
  ["region", (r) => r.region],
  ["size", (r) => r.size],
  ["stage", (r) => r.stage],
  ["stageBeforeLoss", (r) => r.stageBeforeLoss],
  ["lossReason", (r) => r.lossReason],
  ["priorityClass", (r) => r.priorityClass],
  ["strategicValue", (r) => r.strategicValue],
  ["followUpCost", (r) => r.followUpCost],
  ["owner", (r) => r.owner],
]);

/**
 * How to read the value a customer is grouped under for a field key: a ledger field, else a key
 * of the record's other text fields. Blank values and keys that name no field read as "" (the
 * renderer labels blanks). Resolved once per field, then applied to every record.
 */
export function dimensionReader(key: string): (record: CustomerRecord) => string {
  if (key === "industry") {
    // A ledger has a few dozen industries: each one's 大类 is cut out once, not once per row.
    const categories = new Map<string | null, string>();
    return (record) => {
      let category = categories.get(record.industry);
      if (category === undefined) {
        category = industryCategory(record.industry) ?? "";
        categories.set(record.industry, category);
      }
      return category;
    };
  }
  const read = RECORD_DIMENSIONS.get(key);
  if (read !== undefined) return (record) => read(record) ?? "";
  // Own keys only: a key such as "constructor" must not reach Object.prototype.
  return (record) => (Object.prototype.hasOwnProperty.call(record.text, key) ? record.text[key] : null) ?? "";
}
