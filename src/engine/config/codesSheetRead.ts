/** Reading the sections of a `代码表` sheet into CodesConfig, remembering where each entry was. */
import { displayValue, normalizeText } from "../cells";
import type { RawCell } from "../cells/types";
import type { Bilingual } from "../labels";
import type { Finding } from "../validation/finding";
import { CODE_HEADER, CODE_TABLES, LISTS_TITLE, listHeaderNames, type CodeTableDef } from "./codeTables";
import { cellAt, configFinding, isBlankCell, matchKey, withRowPrefix, type Grid } from "./sheetGrid";
import { STAGE_LABELS } from "./stages";
import type { CodesConfig } from "./types";

export interface CellPlace {
  readonly rowIndex: number;
  readonly columnIndex: number;
  /** Header of the cell's column as the sheet shows it. */
  readonly column: string;
  readonly cell: RawCell;
}

export interface CodesRead {
  readonly codes: CodesConfig;
  readonly findings: Finding[];
  readonly foundAny: boolean;
  /**
   * Where an entry was read: `part` is a table key or "lists"; `name` a table entry or list key,
   * "" for the section title. `side` picks a table row's name or code cell.
   */
  placeOf(part: string, name: string, side: "name" | "code"): CellPlace | undefined;
}

type Section = { readonly kind: "table"; readonly def: CodeTableDef } | { readonly kind: "lists" };

interface SectionStart {
  readonly section: Section;
  readonly rowIndex: number;
  readonly columnIndex: number;
}

const TITLES: ReadonlyMap<string, Section> = new Map([
  ...CODE_TABLES.flatMap((def) =>
    [def.title.zh, def.title.en].map((t) => [matchKey(t), { kind: "table", def } as Section] as const),
  ),
  ...[LISTS_TITLE.zh, LISTS_TITLE.en].map((t) => [matchKey(t), { kind: "lists" } as Section] as const),
]);

const STAGE_BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.values(STAGE_LABELS).flatMap((label) =>
    [label.zh, label.en].map((name) => [matchKey(name), label.zh] as const),
  ),
);

function sectionName(section: Section): string {
  return section.kind === "table" ? section.def.key : "lists";
}

function findSections(rows: Grid): SectionStart[] {
  return rows.flatMap((row, rowIndex) =>
    row.flatMap((cell, columnIndex) => {
      const section = TITLES.get(matchKey(cell));
      return section === undefined ? [] : [{ section, rowIndex, columnIndex }];
    }),
  );
}

/** First row after `start` holding a section title in `column`, or the sheet's end. */
function sectionEnd(starts: readonly SectionStart[], start: SectionStart, rowCount: number): number {
  const next = starts.filter((s) => s.columnIndex === start.columnIndex && s.rowIndex > start.rowIndex);
  return Math.min(rowCount, ...next.map((s) => s.rowIndex));
}

function isHeaderPair(rows: Grid, rowIndex: number, column: number, def: CodeTableDef): boolean {
  const names = (b: Bilingual) => [matchKey(b.zh), matchKey(b.en)];
  return (
    names(def.nameHeader).includes(matchKey(cellAt(rows, rowIndex, column))) &&
    names(CODE_HEADER).includes(matchKey(cellAt(rows, rowIndex, column + 1)))
  );
}

class Reader {
  readonly findings: Finding[] = [];
  private readonly places = new Map<string, CellPlace>();
  private readonly tables = new Map<string, Readonly<Record<string, string>>>();
  private readonly lists = new Map<string, readonly string[]>();

  constructor(
    private readonly rows: Grid,
    private readonly sheet: string,
    private readonly base: CodesConfig,
  ) {}

  placeOf(part: string, name: string, side: "name" | "code"): CellPlace | undefined {
    return (
      this.places.get(`${part}\u0000${name}\u0000${side}`) ??
      this.places.get(`${part}\u0000${name}\u0000code`)
    );
  }

  private remember(part: string, name: string, side: "name" | "code", place: CellPlace): void {
    this.places.set(`${part}\u0000${name}\u0000${side}`, place);
  }

  private place(rowIndex: number, columnIndex: number, column: string): CellPlace {
    return { rowIndex, columnIndex, column, cell: cellAt(this.rows, rowIndex, columnIndex) };
  }

  private fail(at: CellPlace, field: string, rule: string, detail: Bilingual): void {
    this.findings.push(
      configFinding({ ...at, sheet: this.sheet, field }, rule, withRowPrefix(at.rowIndex, detail)),
    );
  }

  read(starts: readonly SectionStart[]): void {
    for (const start of starts) {
      const name = sectionName(start.section);
      const title = this.place(start.rowIndex, start.columnIndex, "");
      if (this.places.has(`${name}\u0000\u0000code`)) {
        this.fail(title, `codes.${name}`, "codes.duplicate-section", {
          zh: "此分区出现了两次,已忽略",
          en: "this section appears twice and is ignored",
        });
        continue;
      }
      this.remember(name, "", "code", title);
      const end = sectionEnd(starts, start, this.rows.length);
      if (start.section.kind === "table") this.readTable(start.section.def, start, end);
      else this.readLists(start, end);
    }
  }

  private readTable(def: CodeTableDef, start: SectionStart, end: number): void {
    const column = start.columnIndex;
    const hasHeader = isHeaderPair(this.rows, start.rowIndex + 1, column, def);
    const headerRow = start.rowIndex + 1;
    const nameHeader = hasHeader ? displayValue(cellAt(this.rows, headerRow, column)) : def.nameHeader.zh;
    const codeHeader = hasHeader ? displayValue(cellAt(this.rows, headerRow, column + 1)) : CODE_HEADER.zh;
    const table = new Map<string, string>();
    const field = `codes.${def.key}`;
    for (let rowIndex = start.rowIndex + (hasHeader ? 2 : 1); rowIndex < end; rowIndex++) {
      const nameAt = this.place(rowIndex, column, nameHeader);
      const codeAt = this.place(rowIndex, column + 1, codeHeader);
      const typed = normalizeText(nameAt.cell);
      const code = normalizeText(codeAt.cell);
      if (typed === "" && code === "") continue;
      const name = def.key === "stage" ? (STAGE_BY_NAME.get(matchKey(typed)) ?? typed) : typed;
      if (name === "") {
        this.fail(nameAt, field, "codes.missing-name", {
          zh: `代码「${code}」缺少名称`,
          en: `the code "${code}" has no name`,
        });
      } else if (code === "") {
        this.fail(codeAt, field, "codes.missing-code", {
          zh: `「${typed}」缺少代码`,
          en: `"${typed}" has no code`,
        });
      } else if (table.has(name)) {
        this.fail(nameAt, field, "codes.duplicate-name", {
          zh: `「${typed}」出现了两次`,
          en: `"${typed}" appears twice`,
        });
      } else {
        table.set(name, code);
        this.remember(def.key, name, "name", nameAt);
        this.remember(def.key, name, "code", codeAt);
      }
    }
    this.tables.set(def.key, Object.fromEntries(table));
  }

  private listKeyOf(header: RawCell): string | undefined {
    const wanted = matchKey(header);
    return Object.keys(this.base.lists).find((key) =>
      listHeaderNames(key).some((name) => matchKey(name) === wanted),
    );
  }

  private readLists(start: SectionStart, end: number): void {
    const headerRow = start.rowIndex + 1;
    const header = this.rows[headerRow] ?? [];
    for (let column = start.columnIndex; column < header.length; column++) {
      if (isBlankCell(header[column])) continue;
      const at = this.place(headerRow, column, displayValue(header[column]));
      const key = this.listKeyOf(header[column]);
      if (key === undefined || this.lists.has(key)) {
        const unknown = key === undefined;
        this.fail(at, "codes.lists", unknown ? "codes.unknown-list" : "codes.duplicate-list", {
          zh: unknown ? `「${at.column}」不是已知的选项列表` : `选项列表「${at.column}」出现了两次`,
          en: unknown
            ? `"${at.column}" is not a known option list`
            : `the option list "${at.column}" appears twice`,
        });
        continue;
      }
      this.remember("lists", key, "code", at);
      const options = new Set<string>();
      for (let rowIndex = headerRow + 1; rowIndex < end; rowIndex++) {
        const option = normalizeText(cellAt(this.rows, rowIndex, column));
        if (option !== "") options.add(option);
      }
      this.lists.set(key, [...options]);
    }
  }

  codes(): CodesConfig {
    const table = (key: CodeTableDef["key"]) => this.tables.get(key) ?? this.base[key];
    return {
      industry: table("industry"),
      size: table("size"),
      stage: table("stage"),
      lists: { ...this.base.lists, ...Object.fromEntries(this.lists) },
    };
  }
}

/** Every section of the sheet read; sections the sheet lacks keep the base. */
export function readCodeSections(rows: Grid, sheet: string, base: CodesConfig): CodesRead {
  const starts = findSections(rows);
  const reader = new Reader(rows, sheet, base);
  reader.read(starts);
  return {
    codes: reader.codes(),
    findings: reader.findings,
    foundAny: starts.length > 0,
    placeOf: (part, name, side) => reader.placeOf(part, name, side),
  };
}
