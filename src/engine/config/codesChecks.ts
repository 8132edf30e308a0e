/** What a set of code tables and option lists must satisfy (SPEC 1.3, 3.1). */
import type { Bilingual } from "../labels";
import { STAGE_LABELS } from "./stages";
import { CODE_PATTERN, CODE_TABLES, listDisplayName, type CodeTableDef } from "./codeTables";
import { issue, type ConfigIssue } from "./configIssues";
import type { CodesConfig } from "./types";

const STAGE_NAMES: readonly string[] = Object.values(STAGE_LABELS).map((label) => label.zh);

function tableIssues(def: CodeTableDef, table: Readonly<Record<string, string>>): ConfigIssue[] {
  const title = def.title;
  const entries = Object.entries(table);
  if (entries.length === 0) {
    return [
      issue([], ["codes", def.key], "codes.empty-table", {
        zh: `「${title.zh}」没有任何代码`,
        en: `"${title.en}" has no codes`,
      }),
    ];
  }
  const namesByCode = new Map<string, string[]>();
  for (const [name, code] of entries) namesByCode.set(code, [...(namesByCode.get(code) ?? []), name]);
  return entries.flatMap(([name, code]): ConfigIssue[] => {
    const path = ["codes", def.key, name];
    const found: ConfigIssue[] = [];
    if (name.trim() === "") {
      found.push(
        issue([], path, "codes.missing-name", {
          zh: `「${title.zh}」有空白名称`,
          en: `"${title.en}" has a blank name`,
        }),
      );
    }
    if (!CODE_PATTERN.test(code)) {
      found.push(
        issue([], path, "codes.bad-code", {
          zh: `「${title.zh}」中「${name}」的代码「${code}」应为两个大写字母`,
          en: `"${title.en}": the code "${code}" of "${name}" must be two capital letters`,
        }),
      );
    }
    const sharing = namesByCode.get(code) ?? [];
    if (sharing.length > 1) {
      found.push(
        issue([], path, "codes.duplicate-code", {
          zh: `「${title.zh}」中代码「${code}」重复:${sharing.join("、")}`,
          en: `"${title.en}": the code "${code}" is used more than once: ${sharing.join(", ")}`,
        }),
      );
    }
    if (def.key === "stage" && !STAGE_NAMES.includes(name)) {
      found.push(
        issue([], path, "codes.unknown-stage", {
          zh: `「${name}」不是客户阶段,应为:${STAGE_NAMES.join("、")}`,
          en: `"${name}" is not a stage; expected one of ${STAGE_NAMES.join(", ")}`,
        }),
      );
    }
    return found;
  });
}

function missingStages(table: Readonly<Record<string, string>>, title: Bilingual): ConfigIssue[] {
  const missing = STAGE_NAMES.filter((stage) => !Object.hasOwnProperty.call(table, stage));
  if (missing.length === 0 || Object.keys(table).length === 0) return [];
  return [
    issue([], ["codes", "stage"], "codes.missing-stage", {
      zh: `「${title.zh}」缺少:${missing.join("、")}`,
      en: `"${title.en}" lacks: ${missing.join(", ")}`,
    }),
  ];
}

function listIssues(lists: CodesConfig["lists"]): ConfigIssue[] {
  return Object.entries(lists).flatMap(([key, options]): ConfigIssue[] => {
    const name = listDisplayName(key);
    if (options.length === 0) {
      return [
        issue([], ["codes", "lists", key], "codes.empty-list", {
          zh: `选项列表「${name.zh}」不能为空`,
          en: `the option list "${name.en}" must not be empty`,
        }),
      ];
    }
    if (options.some((option) => option.trim() === "")) {
      return [
        issue([], ["codes", "lists", key], "codes.blank-option", {
          zh: `选项列表「${name.zh}」含有空白选项`,
          en: `the option list "${name.en}" has a blank option`,
        }),
      ];
    }
    return [];
  });
}

/** Every problem of the code tables and lists, in table order. */
export function codesIssues(codes: CodesConfig): ConfigIssue[] {
  const stageDef = CODE_TABLES.find((def) => def.key === "stage");
  return [
    ...CODE_TABLES.flatMap((def) => tableIssues(def, codes[def.key])),
    ...(stageDef === undefined ? [] : missingStages(codes.stage, stageDef.title)),
    ...listIssues(codes.lists),
  ];
}
