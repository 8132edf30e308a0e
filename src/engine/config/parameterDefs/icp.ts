import type { Bilingual } from "../../labels";
import type { ParamKind, ParameterSpec } from "../parameterTypes";
import { AMOUNT, LIST } from "./kinds";

const EMPTY_RANGE = { min: null, max: null } as const;

function rangeBounds(
  field: "employees" | "revenue",
  kind: ParamKind,
  name: Bilingual,
  unit: Bilingual,
): ParameterSpec[] {
  const bound = (side: "min" | "max", zh: string, en: string): ParameterSpec => ({
    key: `icp.${field}.${side}`,
    group: "icp",
    label: { zh: `${name.zh}${zh}${unit.zh}`, en: `${name.en}, ${en}${unit.en}` },
    note: {
      zh: "含边界;留空表示不限。上下限都留空则不设此条件",
      en: "Inclusive; blank means no limit. With both bounds blank the criterion is not set",
    },
    kind,
    path: ["icp", field, side],
    optional: true,
    nullableParent: EMPTY_RANGE,
  });
  return [bound("min", "下限", "at least"), bound("max", "上限", "at most")];
}

export const ICP_PARAMETERS: readonly ParameterSpec[] = [
  {
    key: "icp.industries",
    group: "icp",
    label: { zh: "目标行业", en: "Target industries" },
    note: {
      zh: "大类(如 制造业)或 大类-细分(如 制造业-汽车零部件),用、分隔;留空表示不设此条件",
      en: "Sector (e.g. 制造业) or sector-subsector (e.g. 制造业-汽车零部件), separated by 、; blank = not set",
    },
    kind: LIST,
    path: ["icp", "industries"],
  },
  ...rangeBounds(
    "employees",
    { type: "integer", min: 0 },
    { zh: "员工人数", en: "Employees" },
    { zh: "", en: "" },
  ),
  ...rangeBounds(
    "revenue",
    AMOUNT,
    { zh: "年营收", en: "Annual revenue" },
    { zh: "(万元)", en: " (10k CNY)" },
  ),
  {
    key: "icp.regions",
    group: "icp",
    label: { zh: "目标区域", en: "Target regions" },
    note: {
      zh: "省份或城市,用、分隔;留空表示不设此条件",
      en: "Provinces or cities, separated by 、; blank = not set",
    },
    kind: LIST,
    path: ["icp", "regions"],
  },
];
