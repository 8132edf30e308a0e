/** Names and job titles for owners and contacts (made up from common surnames and given names). */

/** The sales team: owners carry different loads, as real teams do. */
export const OWNERS: readonly (readonly [string, number])[] = [
  ["王磊", 22],
  ["李娜", 18],
  ["张伟", 16],
  ["刘洋", 14],
  ["陈静", 12],
  ["杨帆", 10],
  ["赵敏", 8],
];

export const SURNAMES: readonly string[] =
  "王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 程 曹 袁 邓 许 傅 沈 曾 彭 吕 苏".split(
    " ",
  );

export const GIVEN_NAMES: readonly string[] =
  "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 涛 明 超 秀英 华 慧 建国 志强 海燕 晓东 文博 子涵 雨桐 俊杰 思远 佳怡 浩然 欣怡 宇轩 建华 立新 春梅 国栋 丹 鹏 婷".split(
    " ",
  );

export const TITLES: readonly string[] =
  "总经理 采购总监 采购经理 IT经理 信息中心主任 运营副总 财务总监 生产厂长 行政主管 董事长 技术总监".split(
    " ",
  );
