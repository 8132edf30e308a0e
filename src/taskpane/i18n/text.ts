/**
 * Every sentence the pane shows, Chinese first. Components never hold their own wording: they
 * read it from here through `useText()`, so a language switch re-renders everything at once.
 */
import type { Step } from "../../workbook/port";

export interface PaneText {
  readonly appTitle: string;
  readonly appSubtitle: string;
  readonly switchLanguage: string;
  readonly switchLanguageLabel: string;
  readonly tabs: {
    readonly overview: string;
    readonly issues: string;
    readonly rules: string;
    readonly template: string;
  };
  readonly asOfLabel: string;
  readonly asOfHint: string;
  readonly asOfInvalid: string;
  readonly refresh: string;
  readonly refreshing: string;
  readonly cancel: string;
  readonly cancelling: string;
  readonly cancelTooLate: string;
  readonly steps: Readonly<Record<Step, string>>;
  readonly stepOf: (index: number, total: number, name: string) => string;
  readonly cancelled: string;
  readonly idleHint: string;
  readonly done: (asOf: string, ledger: string) => string;
  readonly loading: string;
  readonly summary: {
    readonly title: string;
    readonly customers: string;
    readonly high: string;
    readonly medium: string;
    readonly low: string;
    readonly lostNote: (count: number) => string;
    readonly overdue: string;
    readonly churn: string;
    readonly errors: string;
    readonly warnings: string;
    readonly errorsNote: string;
  };
  readonly funnel: {
    readonly title: string;
    readonly reached: string;
    readonly step: string;
    readonly cumulative: string;
    readonly empty: string;
    readonly note: string;
  };
  readonly issues: {
    readonly title: string;
    readonly filterLabel: string;
    readonly all: string;
    readonly errors: string;
    readonly warnings: string;
    readonly none: string;
    readonly noneYet: string;
    readonly noneOfSeverity: string;
    readonly row: (row: number) => string;
    readonly sheetLevel: string;
    readonly value: string;
    readonly goTo: string;
    readonly showMore: (shown: number, total: number) => string;
    readonly groupCount: (count: number, errors: number) => string;
    readonly selectFailed: string;
    readonly highlight: {
      readonly label: string;
      readonly apply: string;
      readonly clear: string;
      readonly working: string;
      readonly applied: (cells: number) => string;
      readonly cleared: string;
      readonly failed: string;
    };
  };
  readonly errors: {
    readonly refreshFailed: string;
    readonly unchanged: string;
    readonly unexpected: string;
    readonly seeIssues: string;
    readonly dismiss: string;
  };
  readonly notices: { readonly degradedTitle: string };
  readonly rules: {
    readonly title: string;
    readonly intro: string;
    readonly ownership: (sheet: string) => string;
    readonly loading: string;
    readonly loadFailed: string;
    readonly sheetProblems: (count: number) => string;
    readonly weightsTotal: (total: string) => string;
    readonly weightsMustBe100: string;
    readonly defaultIs: (value: string) => string;
    readonly optionalBlank: string;
    readonly problems: (count: number) => string;
    readonly save: string;
    readonly saving: string;
    readonly saved: (sheet: string) => string;
    readonly saveFailed: string;
    readonly reset: string;
    readonly refreshAfterSave: string;
  };
  readonly template: {
    readonly setUpTitle: string;
    readonly setUpHint: string;
    readonly setUp: string;
    readonly settingUp: string;
    readonly inserted: (names: string) => string;
    readonly skipped: (names: string) => string;
    readonly nothingToInsert: string;
    readonly downloadTitle: string;
    readonly downloadHint: string;
    readonly withSample: string;
    readonly templateLanguage: string;
    readonly download: string;
    readonly preparing: string;
    readonly downloaded: (file: string) => string;
    readonly failed: string;
  };
}

const ZH: PaneText = {
  appTitle: "销售雷达",
  appSubtitle: "客户评分 · 跟进提醒 · 销售漏斗",
  switchLanguage: "English",
  switchLanguageLabel: "切换为英文界面",
  tabs: { overview: "概览", issues: "问题", rules: "评分规则", template: "模板" },
  asOfLabel: "截至日期 T",
  asOfHint: "评分与逾期按这一天计算,默认今天",
  asOfInvalid: "请选择有效日期",
  refresh: "刷新评分",
  refreshing: "正在刷新…",
  cancel: "取消",
  cancelling: "正在取消…",
  cancelTooLate: "正在写入工作簿,写完才会停止",
  steps: { reading: "读取", validating: "校验", scoring: "评分", writing: "写入", charts: "图表" },
  stepOf: (index, total, name) => `第 ${index}/${total} 步:${name}`,
  cancelled: "已取消,工作簿未做任何更改。",
  idleHint:
    "点击「刷新评分」:读取客户台账和跟进记录,校验后把评分写到台账右侧,并重写「销售漏斗」和「校验报告」。其他单元格不会改动。",
  done: (asOf, ledger) => `已按 ${asOf} 刷新,评分已写入「${ledger}」右侧的评分列。`,
  loading: "正在加载…",
  summary: {
    title: "本次结果",
    customers: "已评分客户",
    high: "高优先级",
    medium: "中优先级",
    low: "低优先级",
    lostNote: (count) => `另有 ${count} 个流失客户不计优先级`,
    overdue: "逾期跟进",
    churn: "流失预警",
    errors: "错误",
    warnings: "警告",
    errorsNote: "有错误的行不参与评分和汇总",
  },
  funnel: {
    title: "销售漏斗",
    reached: "到达",
    step: "阶段转化",
    cumulative: "累计转化",
    empty: "没有可计入漏斗的客户",
    note: "阶段转化 = 到达下一阶段 ÷ 到达本阶段;累计转化 = 到达本阶段 ÷ 潜在客户",
  },
  issues: {
    title: "问题列表",
    filterLabel: "按级别筛选",
    all: "全部",
    errors: "错误",
    warnings: "警告",
    none: "没有发现问题。",
    noneYet: "刷新后,这里列出需要修正的单元格。",
    noneOfSeverity: "没有这一级别的问题。",
    row: (row) => `第 ${row} 行`,
    sheetLevel: "整张表",
    value: "值",
    goTo: "定位",
    showMore: (shown, total) => `显示更多(已显示 ${shown}/${total})`,
    groupCount: (count, errors) => (errors > 0 ? `${count} 条 · ${errors} 错误` : `${count} 条`),
    selectFailed: "无法定位到该单元格(工作表可能已改名或删除)。",
    highlight: {
      label: "在工作表中标出问题",
      apply: "标出问题单元格",
      clear: "清除标记",
      working: "正在处理…",
      applied: (cells) => `已标出 ${cells} 个单元格:红色为错误,黄色为警告。单元格内容和格式不变。`,
      cleared: "已清除标记。",
      failed: "未能更改标记,请重试。",
    },
  },
  errors: {
    refreshFailed: "刷新未完成",
    unchanged: "工作簿未做任何更改。",
    unexpected: "出现意外问题",
    seeIssues: "查看问题列表",
    dismiss: "关闭",
  },
  notices: { degradedTitle: "当前 Excel 版本中部分功能受限" },
  rules: {
    title: "评分规则",
    intro: "修改后立即检查;全部通过才能保存。留空表示使用默认值。",
    ownership: (sheet) =>
      `保存会按当前设置重写「${sheet}」工作表(该表随后由加载项生成,表内其他修改会被覆盖)。`,
    loading: "正在读取评分规则…",
    loadFailed: "无法读取评分规则",
    sheetProblems: (count) => `工作簿中的评分规则有 ${count} 处问题,已在下方标出;修正后保存即可。`,
    weightsTotal: (total) => `机会评分权重合计 ${total}`,
    weightsMustBe100: "五项权重合计须为 100%",
    defaultIs: (value) => `默认值:${value}`,
    optionalBlank: "留空表示不设此条件",
    problems: (count) => `还有 ${count} 处需要修正`,
    save: "保存到工作簿",
    saving: "正在保存…",
    saved: (sheet) => `已保存到「${sheet}」。刷新评分后生效。`,
    saveFailed: "保存失败",
    reset: "恢复默认值",
    refreshAfterSave: "立即刷新评分",
  },
  template: {
    setUpTitle: "为新团队创建模板",
    setUpHint:
      "把客户台账、跟进记录、代码表、评分规则等工作表加入当前工作簿。已存在的工作表会跳过,不做任何改动。",
    setUp: "创建模板工作表",
    settingUp: "正在添加工作表…",
    inserted: (names) => `已添加:${names}`,
    skipped: (names) => `已存在,未改动:${names}`,
    nothingToInsert: "模板的工作表都已存在,没有需要添加的。",
    downloadTitle: "下载模板文件",
    downloadHint: "生成一个新的 .xlsx 模板,可发给团队成员。",
    withSample: "包含示例数据(300 个客户)",
    templateLanguage: "模板语言",
    download: "下载 .xlsx",
    preparing: "正在生成…",
    downloaded: (file) => `已生成 ${file}`,
    failed: "模板操作未完成",
  },
};

const EN: PaneText = {
  appTitle: "Sales Radar",
  appSubtitle: "Customer scores · follow-up alerts · funnel",
  switchLanguage: "中文",
  switchLanguageLabel: "Switch to Chinese",
  tabs: { overview: "Overview", issues: "Issues", rules: "Rules", template: "Template" },
  asOfLabel: "As-of date T",
  asOfHint: "Scores and overdue days are counted on this day; default today",
  asOfInvalid: "Choose a valid date",
  refresh: "Refresh scores",
  refreshing: "Refreshing…",
  cancel: "Cancel",
  cancelling: "Cancelling…",
  cancelTooLate: "Writing to the workbook; the refresh stops once the write is done",
  steps: {
    reading: "Reading",
    validating: "Validating",
    scoring: "Scoring",
    writing: "Writing",
    charts: "Charts",
  },
  stepOf: (index, total, name) => `Step ${index} of ${total}: ${name}`,
  cancelled: "Cancelled; the workbook was not changed.",
  idleHint:
    "Refresh scores reads the ledger and the follow-ups, checks them, writes the score columns beside the ledger and rewrites the Funnel and Validation sheets. No other cell changes.",
  done: (asOf, ledger) => `Refreshed as of ${asOf}; scores are in the columns to the right of "${ledger}".`,
  loading: "Loading…",
  summary: {
    title: "Results",
    customers: "Customers scored",
    high: "High priority",
    medium: "Medium priority",
    low: "Low priority",
    lostNote: (count) => `plus ${count} lost customers without a priority`,
    overdue: "Overdue follow-ups",
    churn: "Churn risk",
    errors: "Errors",
    warnings: "Warnings",
    errorsNote: "Rows with errors are left out of scores and summaries",
  },
  funnel: {
    title: "Funnel",
    reached: "Reached",
    step: "Step conversion",
    cumulative: "Cumulative",
    empty: "No customers to place in the funnel",
    note: "Step = reached next ÷ reached this stage; cumulative = reached this stage ÷ leads",
  },
  issues: {
    title: "Issues",
    filterLabel: "Filter by severity",
    all: "All",
    errors: "Errors",
    warnings: "Warnings",
    none: "No problems found.",
    noneYet: "After a refresh, the cells that need fixing are listed here.",
    noneOfSeverity: "No issues of this severity.",
    row: (row) => `row ${row}`,
    sheetLevel: "whole sheet",
    value: "Value",
    goTo: "Go to",
    showMore: (shown, total) => `Show more (${shown} of ${total})`,
    groupCount: (count, errors) => {
      const issues = count === 1 ? "1 issue" : `${count} issues`;
      return errors === 0 ? issues : `${issues} · ${errors} error${errors === 1 ? "" : "s"}`;
    },
    selectFailed: "Could not go to that cell (the sheet may have been renamed or deleted).",
    highlight: {
      label: "Mark problems in the sheets",
      apply: "Highlight problem cells",
      clear: "Clear highlights",
      working: "Working…",
      applied: (cells) =>
        `Highlighted ${cells} ${cells === 1 ? "cell" : "cells"}: red for errors, yellow for warnings. Cell contents and formats are unchanged.`,
      cleared: "Highlights cleared.",
      failed: "Could not change the highlights; please try again.",
    },
  },
  errors: {
    refreshFailed: "The refresh did not finish",
    unchanged: "The workbook was not changed.",
    unexpected: "Something went wrong",
    seeIssues: "Open the issues list",
    dismiss: "Dismiss",
  },
  notices: { degradedTitle: "Some features are limited in this version of Excel" },
  rules: {
    title: "Scoring rules",
    intro: "Checked as you type; save once everything passes. A blank value means the default.",
    ownership: (sheet) =>
      `Saving rewrites the "${sheet}" sheet from these settings (the add-in then writes that sheet; other edits in it are replaced).`,
    loading: "Reading the scoring rules…",
    loadFailed: "Could not read the scoring rules",
    sheetProblems: (count) =>
      `The workbook's rules have ${count} problem${count === 1 ? "" : "s"}, marked below; fix and save.`,
    weightsTotal: (total) => `Opportunity weights add up to ${total}`,
    weightsMustBe100: "The five weights must add up to 100 %",
    defaultIs: (value) => `Default: ${value}`,
    optionalBlank: "Blank means the criterion is not set",
    problems: (count) => `${count} value${count === 1 ? "" : "s"} still need fixing`,
    save: "Save to workbook",
    saving: "Saving…",
    saved: (sheet) => `Saved to "${sheet}". Refresh scores to apply.`,
    saveFailed: "Could not save",
    reset: "Restore defaults",
    refreshAfterSave: "Refresh scores now",
  },
  template: {
    setUpTitle: "Set up template",
    setUpHint:
      "Adds the ledger, follow-up, codes and rules sheets to this workbook. Sheets that already exist are skipped and left as they are.",
    setUp: "Add template sheets",
    settingUp: "Adding sheets…",
    inserted: (names) => `Added: ${names}`,
    skipped: (names) => `Already there, left unchanged: ${names}`,
    nothingToInsert: "Every template sheet is already in this workbook; nothing to add.",
    downloadTitle: "Download the template",
    downloadHint: "Builds a fresh .xlsx template to hand to the team.",
    withSample: "Include sample data (300 customers)",
    templateLanguage: "Template language",
    download: "Download .xlsx",
    preparing: "Building…",
    downloaded: (file) => `Built ${file}`,
    failed: "The template action did not finish",
  },
};

export const PANE_TEXT = { zh: ZH, en: EN } as const;
