import type { ParameterSpec } from "../parameterTypes";
import { LIST } from "./kinds";

export const GENERAL_PARAMETERS: readonly ParameterSpec[] = [
  {
    key: "placeholders",
    group: "general",
    label: { zh: "占位词", en: "Placeholder words" },
    note: {
      zh: "台账中这些文字视同未填写,并把资料标为不完整;多个用、分隔",
      en: "Texts in the ledger that count as blank and mark the profile incomplete; separate with 、 or commas",
    },
    kind: LIST,
    path: ["placeholders"],
  },
  {
    key: "idPattern",
    group: "general",
    label: { zh: "客户编号格式", en: "Customer ID pattern" },
    note: {
      zh: "正则表达式;默认为 行业-规模-阶段-序号,如 YL-ZY-YX-001",
      en: "A regular expression; the default is industry-size-stage-number, e.g. YL-ZY-YX-001",
    },
    kind: { type: "pattern" },
    path: ["idPattern"],
  },
];
