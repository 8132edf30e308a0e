import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { recommend } from "../../../src/engine/scoring/recommend";
import { makeCustomer } from "./customer";

const cfg = DEFAULT_CONFIG.recommendations;

describe("recommend", () => {
  it.each([
    ["high", "lead", cfg.high],
    ["medium", "won", cfg.medium],
    ["low", "lead", cfg.low],
    ["high", "prospect", `${cfg.high}；${cfg.prospect}`],
    ["medium", "opportunity", `${cfg.medium}；${cfg.opportunity}`],
    ["low", "negotiation", `${cfg.low}；${cfg.negotiation}`],
  ] as const)("%s tier, %s stage → tier advice, then stage advice", (tier, stage, expected) => {
    expect(recommend(makeCustomer({ stage }), tier, cfg)).toBe(expected);
  });

  it("gives lost customers nothing", () => {
    expect(recommend(makeCustomer({ stage: "lost" }), "high", cfg)).toBe("");
    expect(recommend(makeCustomer({ stage: "lost" }), null, cfg)).toBe("");
  });

  it("gives the stage advice alone without a tier", () => {
    expect(recommend(makeCustomer({ stage: "opportunity" }), null, cfg)).toBe(cfg.opportunity);
    expect(recommend(makeCustomer({ stage: null }), null, cfg)).toBe("");
  });

  it("skips advice a manager left empty, without a dangling separator", () => {
    const noTier = { ...cfg, high: "  " };
    expect(recommend(makeCustomer({ stage: "prospect" }), "high", noTier)).toBe(cfg.prospect);
    const noStage = { ...cfg, prospect: "" };
    expect(recommend(makeCustomer({ stage: "prospect" }), "high", noStage)).toBe(cfg.high);
  });
});
