import { STAGE_LABELS, type Stage } from "../../../src/engine/config/stages";
import { STAGE_SHORT_FORMS, parseStage } from "../../../src/engine/cells/stage";
import { BLANK, PLACEHOLDER, failure, value } from "../../../src/engine/cells/types";
import { ctx } from "./helpers";

const STAGES: readonly Stage[] = ["lead", "prospect", "opportunity", "negotiation", "won", "lost"];

describe("parseStage", () => {
  it.each([
    ["潜在客户", "lead"],
    ["意向客户", "prospect"],
    ["商机客户", "opportunity"],
    ["谈判阶段", "negotiation"],
    ["成交客户", "won"],
    ["流失客户", "lost"],
    ["潜在", "lead"],
    ["意向", "prospect"],
    ["商机", "opportunity"],
    ["谈判", "negotiation"],
    ["成交", "won"],
    ["流失", "lost"],
    ["Lead", "lead"],
    ["prospect", "prospect"],
    ["OPPORTUNITY", "opportunity"],
    ["Negotiation", "negotiation"],
    ["won", "won"],
    ["LOST", "lost"],
    [" 意向客户\u3000", "prospect"],
    ["Ｗｏｎ", "won"],
  ])("reads %p as %p", (raw, expected) => {
    expect(parseStage(raw, ctx)).toEqual(value(expected));
  });

  it.each(STAGES)("reads every spelling of %p", (stage) => {
    for (const name of [STAGE_LABELS[stage].zh, STAGE_LABELS[stage].en, STAGE_SHORT_FORMS[stage]]) {
      expect(parseStage(name, ctx)).toEqual(value(stage));
    }
  });

  it.each(["客户", "意向客户A", "意 向", "Closed Won", "lose", "成交了", "1", 1, true, "#N/A"])(
    "rejects %p",
    (raw) => {
      expect(parseStage(raw, ctx)).toEqual(failure("not-an-option"));
    },
  );

  it.each([
    [null, BLANK],
    ["", BLANK],
    ["待确认", PLACEHOLDER],
    [{ error: "#REF!" }, failure("excel-error")],
  ])("reads %p as %p", (raw, expected) => {
    expect(parseStage(raw, ctx)).toEqual(expected);
  });
});
