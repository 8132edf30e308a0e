/**
 * What this Excel can do, read from the host's requirement sets once per refresh. Every feature
 * the add-in uses is listed with the ExcelApi version that brought it; a missing one degrades with
 * a message the pane can show, and never crashes the refresh.
 */

export type Feature =
  | "host"
  | "charts"
  | "funnelChart"
  | "hyperlinks"
  | "freezePanes"
  | "conditionalFormats"
  | "calculationSuspend"
  | "dataValidation"
  | "insertWorksheets"
  | "settings"
  | "undoGrouping";

export interface Notice {
  readonly feature: Feature;
  readonly zh: string;
  readonly en: string;
}

export interface HostCapabilities {
  /** A refresh can run at all: ExcelApi 1.4 (null objects, settings, used range by value). */
  readonly supported: boolean;
  /** Charts with explicit categories and several series (ExcelApi 1.7). */
  readonly charts: boolean;
  /** The native funnel chart (ExcelApi 1.9); otherwise a bar chart stands in. */
  readonly funnelChart: boolean;
  readonly hyperlinks: boolean;
  readonly freezePanes: boolean;
  readonly conditionalFormats: boolean;
  readonly calculationSuspend: boolean;
  readonly dataValidation: boolean;
  readonly insertWorksheets: boolean;
  readonly settings: boolean;
  /** All of a refresh's changes form one undo step (ExcelApi 1.20 `mergeUndoGroup`). */
  readonly undoGrouping: boolean;
  /**
   * `Worksheet.getRanges` (ExcelApi 1.9): one command formats many scattered cells. Nothing the
   * user sees depends on it, so its absence carries no notice; the writer just sends more commands.
   */
  readonly rangeAreas: boolean;
  /** What works less well on this Excel, in both languages. */
  readonly notices: readonly Notice[];
}

/** The ExcelApi version each feature needs. */
export const REQUIRED_VERSION: Readonly<Record<Exclude<Feature, "host">, string>> = {
  settings: "1.4",
  conditionalFormats: "1.6",
  calculationSuspend: "1.6",
  charts: "1.7",
  hyperlinks: "1.7",
  freezePanes: "1.7",
  dataValidation: "1.8",
  funnelChart: "1.9",
  insertWorksheets: "1.13",
  undoGrouping: "1.20",
};

export const MINIMUM_VERSION = "1.4";

/** `Worksheet.getRanges` and `RangeAreas`. */
export const RANGE_AREAS_VERSION = "1.9";

const MESSAGES: Readonly<Record<Feature, { readonly zh: string; readonly en: string }>> = {
  host: {
    zh: "此版本的 Excel 过旧,无法运行销售雷达。请使用 Microsoft 365、Excel 2019 或更新版本,或网页版 Excel。",
    en: "This version of Excel is too old for Sales Radar. Use Microsoft 365, Excel 2019 or later, or Excel on the web.",
  },
  charts: {
    zh: "此版本的 Excel 不支持由加载项设置图表数据,「销售漏斗」表只显示表格,不生成图表。",
    en: "This Excel cannot let add-ins set up chart data, so the Funnel sheet shows tables without charts.",
  },
  funnelChart: {
    zh: "此处无法绘制漏斗图,改用条形图显示各阶段人数。",
    en: "A funnel chart cannot be drawn here; a bar chart shows the stage counts instead.",
  },
  hyperlinks: {
    zh: "此版本的 Excel 不支持由加载项添加链接,「校验报告」中的「定位」只显示单元格地址。",
    en: "This Excel cannot let add-ins add links; the report's Go to column shows cell addresses without links.",
  },
  freezePanes: {
    zh: "此版本的 Excel 不支持冻结窗格,报表的表头不会固定。",
    en: "This Excel cannot freeze panes for add-ins; report headers will scroll away.",
  },
  conditionalFormats: {
    zh: "此版本的 Excel 不支持条件格式,无法在台账中高亮有问题的单元格,请查看「校验报告」。",
    en: "This Excel has no conditional formats for add-ins, so problem cells cannot be highlighted; see the Validation sheet.",
  },
  calculationSuspend: {
    zh: "此版本的 Excel 无法在写入时暂停重算,大表刷新会慢一些。",
    en: "This Excel cannot pause recalculation while writing, so large refreshes are slower.",
  },
  dataValidation: {
    zh: "此版本的 Excel 不支持由加载项添加下拉列表。",
    en: "This Excel cannot let add-ins add drop-down lists.",
  },
  insertWorksheets: {
    zh: "此版本的 Excel 不支持把模板工作表插入当前工作簿,请下载模板文件使用。",
    en: "This Excel cannot insert the template's sheets into this workbook; download the template file instead.",
  },
  settings: {
    zh: "此版本的 Excel 无法在工作簿中保存加载项设置。",
    en: "This Excel cannot keep add-in settings in the workbook.",
  },
  undoGrouping: {
    zh: "此版本的 Excel 无法撤销加载项的刷新;刷新前请先保存,或使用版本历史恢复。",
    en: "This Excel cannot undo an add-in's refresh; save first, or restore from version history.",
  },
};

export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The host's requirement sets; none when office.js is not there (a browser tab, a test). */
export function officeRequirements(): Requirements {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  return {
    isSetSupported: (name, minVersion) => {
      try {
        return requirements?.isSetSupported(name, minVersion) ?? false;
      } catch {
        // Very old hosts throw for sets they have never heard of.
        return false;
      }
    },
  };
}

export function capabilities(requirements: Requirements = officeRequirements()): HostCapabilities {
  const has = (version: string) => requirements.isSetSupported("ExcelApi", version);
  const supported = has(MINIMUM_VERSION);
  const feature = (name: Exclude<Feature, "host">) => supported && has(REQUIRED_VERSION[name]);
  const found = {
    charts: feature("charts"),
    funnelChart: feature("funnelChart"),
    hyperlinks: feature("hyperlinks"),
    freezePanes: feature("freezePanes"),
    conditionalFormats: feature("conditionalFormats"),
    calculationSuspend: feature("calculationSuspend"),
    dataValidation: feature("dataValidation"),
    insertWorksheets: feature("insertWorksheets"),
    settings: feature("settings"),
    undoGrouping: feature("undoGrouping"),
  };
  const missing = (Object.keys(found) as (keyof typeof found)[]).filter((name) => !found[name]);
  // Without charts the funnel fallback is moot; say only what the user will notice.
  const noticed = missing.filter((name) => name !== "funnelChart" || found.charts);
  const notices = supported
    ? noticed.map((name) => ({ feature: name, ...MESSAGES[name] }))
    : [{ feature: "host" as const, ...MESSAGES.host }];
  return { supported, ...found, rangeAreas: supported && has(RANGE_AREAS_VERSION), notices };
}

export function noticeFor(feature: Feature): Notice {
  return { feature, ...MESSAGES[feature] };
}
