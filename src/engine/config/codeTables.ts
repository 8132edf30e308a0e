/** The parts of the `代码表` sheet: three code tables and the option lists, with their display names. */
import type { Bilingual } from "../labels";
import { FOLLOWUP_FIELDS, LEDGER_FIELDS, type FieldDef } from "../schema/fields";

export type CodeTableKey = "industry" | "size" | "stage";

export interface CodeTableDef {
  readonly key: CodeTableKey;
  /** Section title in the sheet. */
  readonly title: Bilingual;
  /** Header of the name column. */
  readonly nameHeader: Bilingual;
}

export const CODE_TABLES: readonly CodeTableDef[] = [
  {
    key: "industry",
    title: { zh: "行业代码", en: "Industry codes" },
    nameHeader: { zh: "行业", en: "Industry" },
  },
  {
    key: "size",
    title: { zh: "规模代码", en: "Size codes" },
    nameHeader: { zh: "企业规模", en: "Company size" },
  },
  { key: "stage", title: { zh: "阶段代码", en: "Stage codes" }, nameHeader: { zh: "客户阶段", en: "Stage" } },
];

export const CODE_HEADER: Bilingual = { zh: "代码", en: "Code" };
export const LISTS_TITLE: Bilingual = { zh: "选项列表", en: "Option lists" };

/** Two capital letters, as every part of a customer ID (SPEC 3.1). */
export const CODE_PATTERN = /^[A-Z]{2}$/;

function fieldOfList(listKey: string): FieldDef | undefined {
  const fields = [...LEDGER_FIELDS, ...FOLLOWUP_FIELDS];
  return fields.find((def) => def.list === listKey) ?? fields.find((def) => def.key === listKey);
}

/**
 * A list's display name: the column it feeds (企业规模 for `size`, 跟进方式 for `method`), or the
 * key itself for a list no column names.
 */
export function listDisplayName(listKey: string): Bilingual {
  const field = fieldOfList(listKey);
  return field === undefined ? { zh: listKey, en: listKey } : { zh: field.zh, en: field.en };
}

/** Every name a list's column header may carry: its key, its field's names and aliases. */
export function listHeaderNames(listKey: string): string[] {
  const field = fieldOfList(listKey);
  return [listKey, ...(field === undefined ? [] : [field.zh, field.en, ...(field.aliases ?? [])])];
}
