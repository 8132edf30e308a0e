/** Building blocks for believable (made-up) Chinese company names, industries and regions. */

export interface Subindustry {
  readonly name: string;
  /** Builds the company name from a city and a two-character brand. */
  readonly company: (city: string, brand: string) => string;
}

const suffixed =
  (suffix: string) =>
  (city: string, brand: string): string =>
    `${city}${brand}${suffix}`;

/** `恒达汽车零部件（苏州）有限公司`: the city in full-width brackets, as registered names often are. */
const bracketed =
  (business: string, form: string) =>
  (city: string, brand: string): string =>
    `${brand}${business}（${city}）${form}`;

const DISTRICTS = "高新 经开 新城 滨湖 临港 东湖 西湖 天河 江北 南山 城东 城西".split(" ");

/** Agencies are named after districts, not brands; the brand only picks the district. */
function district(brand: string): string {
  return DISTRICTS[(brand.charCodeAt(0) + brand.charCodeAt(1)) % DISTRICTS.length];
}

/** A sole trader (个体) trades as a 经营部 whatever its line of business. */
export function soleTraderName(city: string, brand: string, subindustry: string): string {
  return `${city}${brand}${subindustry}经营部`;
}

/** 大类 where a sole trader makes no sense. */
export const NO_SOLE_TRADERS: ReadonlySet<string> = new Set(["金融", "政府", "教育"]);

/** 细分 per 大类 (the keys match the default industry code table). */
export const SUBINDUSTRIES: Readonly<Record<string, readonly Subindustry[]>> = {
  制造业: [
    { name: "汽车零部件", company: bracketed("汽车零部件", "有限公司") },
    { name: "精密机械", company: suffixed("精密机械股份有限公司") },
    { name: "电子元器件", company: suffixed("电子科技有限公司") },
    { name: "食品加工", company: suffixed("食品有限公司") },
    { name: "新材料", company: bracketed("新材料科技", "有限公司") },
  ],
  医疗: [
    { name: "医疗器械", company: suffixed("医疗器械有限公司") },
    { name: "民营医院", company: suffixed("医院") },
    { name: "体外诊断", company: suffixed("生物科技有限公司") },
    { name: "医药流通", company: suffixed("医药有限公司") },
  ],
  零售业: [
    { name: "连锁超市", company: suffixed("超市连锁有限公司") },
    { name: "便利店", company: suffixed("便利连锁有限公司") },
    { name: "服装零售", company: suffixed("服饰有限公司") },
    { name: "家居建材", company: suffixed("家居有限公司") },
  ],
  金融: [
    { name: "城商行", company: (city, brand) => `${city}${brand}银行股份有限公司` },
    { name: "保险代理", company: suffixed("保险代理有限公司") },
    { name: "融资租赁", company: bracketed("融资租赁", "有限公司") },
    { name: "证券营业部", company: (city, brand) => `${brand}证券${city}营业部` },
  ],
  教育: [
    { name: "职业培训", company: suffixed("职业培训学校") },
    { name: "K12教培", company: suffixed("教育科技有限公司") },
    { name: "民办高校", company: suffixed("学院") },
  ],
  互联网: [
    { name: "电商平台", company: suffixed("网络科技有限公司") },
    { name: "SaaS服务", company: suffixed("软件有限公司") },
    { name: "本地生活", company: suffixed("信息技术有限公司") },
  ],
  物流: [
    { name: "冷链物流", company: suffixed("冷链物流有限公司") },
    { name: "快递分拨", company: suffixed("供应链管理有限公司") },
    { name: "仓储服务", company: suffixed("仓储服务有限公司") },
  ],
  能源: [
    { name: "光伏", company: suffixed("新能源科技有限公司") },
    { name: "燃气", company: suffixed("燃气有限公司") },
    { name: "储能", company: bracketed("储能科技", "有限公司") },
  ],
  建筑: [
    { name: "装配式建筑", company: suffixed("建筑科技有限公司") },
    { name: "工程总包", company: suffixed("建设工程有限公司") },
  ],
  政府: [
    { name: "智慧城市", company: (city, brand) => `${city}市${district(brand)}区城市运行管理中心` },
    { name: "政务服务", company: (city, brand) => `${city}市${district(brand)}区政务服务中心` },
  ],
};

/** Used when a manager adds a 大类 the sample knows nothing about. */
export const FALLBACK_SUBINDUSTRY: Subindustry = { name: "综合", company: suffixed("有限公司") };

/** Relative share of each 大类 among the sample's customers. */
export const INDUSTRY_WEIGHTS: Readonly<Record<string, number>> = {
  制造业: 26,
  医疗: 14,
  零售业: 12,
  金融: 9,
  教育: 8,
  互联网: 10,
  物流: 8,
  能源: 5,
  建筑: 5,
  政府: 3,
};

/** Two-character brand words; generic on purpose so no name points at a real firm. */
export const BRANDS: readonly string[] = (
  "恒达 华信 瑞丰 鼎盛 中联 远航 金桥 宏图 新锐 博远 安泰 盛世 天润 嘉禾 永信 九州 东升 卓越 汇通 广源 德润 明辉 启航 弘毅 睿思 聚贤 锦程 万邦 同创 凯旋 " +
  "朗润 星河 蓝海 云帆 思源 恒信 泰和 丰源 百川 创元 华茂 金鼎 立德 优品 润禾 尚品 天成 致远 合力 诚达 信和 银河 光华 长风 北辰 南星 海纳 智联 科瑞 博达"
).split(" ");

export interface Province {
  readonly name: string;
  readonly cities: readonly string[];
  /** Relative share of customers. */
  readonly weight: number;
}

export const PROVINCES: readonly Province[] = [
  { name: "江苏", cities: ["苏州", "南京", "无锡", "常州"], weight: 15 },
  { name: "浙江", cities: ["杭州", "宁波", "温州"], weight: 13 },
  { name: "广东", cities: ["深圳", "广州", "东莞", "佛山"], weight: 15 },
  { name: "上海", cities: ["上海"], weight: 10 },
  { name: "北京", cities: ["北京"], weight: 8 },
  { name: "山东", cities: ["青岛", "济南", "烟台"], weight: 7 },
  { name: "四川", cities: ["成都", "绵阳"], weight: 6 },
  { name: "湖北", cities: ["武汉", "宜昌"], weight: 5 },
  { name: "福建", cities: ["厦门", "福州", "泉州"], weight: 5 },
  { name: "河南", cities: ["郑州", "洛阳"], weight: 4 },
  { name: "湖南", cities: ["长沙"], weight: 3 },
  { name: "安徽", cities: ["合肥", "芜湖"], weight: 4 },
  { name: "天津", cities: ["天津"], weight: 2 },
  { name: "重庆", cities: ["重庆"], weight: 2 },
  { name: "陕西", cities: ["西安"], weight: 2 },
];
