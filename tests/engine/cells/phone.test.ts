import { parsePhone } from "../../../src/engine/cells/phone";
import { BLANK, PLACEHOLDER, failure, value } from "../../../src/engine/cells/types";
import { ctx } from "./helpers";

describe("parsePhone: mobiles", () => {
  it.each([
    "13812345678",
    "138 1234 5678",
    "138-1234-5678",
    "+86 138 1234 5678",
    "+8613812345678",
    "86-13812345678",
    "8613812345678",
    "0086 13812345678",
    "+86-138-1234-5678",
    "１３８１２３４５６７８",
    13812345678,
    8613812345678,
  ])("reads %p as 13812345678", (raw) => {
    expect(parsePhone(raw, ctx)).toEqual(value("13812345678"));
  });

  it.each([
    ["13012345678", "13012345678"],
    ["19912345678", "19912345678"],
  ])("accepts the 1[3-9] prefix edge %p", (raw, expected) => {
    expect(parsePhone(raw, ctx)).toEqual(value(expected));
  });

  it.each([
    "12812345678",
    "10812345678",
    "1381234567",
    "138123456789",
    "+87 13812345678",
    "138.1234.5678",
    "138/1234/5678",
    "13812345678, 13912345678",
    13.5,
    -13812345678,
    0,
  ])("rejects %p", (raw) => {
    expect(parsePhone(raw, ctx)).toEqual(failure("not-an-option"));
  });
});

describe("parsePhone: landlines", () => {
  it.each([
    ["010-12345678", "010-12345678"],
    ["010 12345678", "010-12345678"],
    ["(010)12345678", "010-12345678"],
    ["(010) 12345678", "010-12345678"],
    ["（010）12345678", "010-12345678"],
    ["0755-1234567", "0755-1234567"],
    ["0755-12345678", "0755-12345678"],
    ["(0755)1234567", "0755-1234567"],
    ["010-12345678-123", "010-12345678-123"],
    ["010-12345678转123", "010-12345678-123"],
    ["(021)12345678-8", "021-12345678-8"],
    ["01012345678", "010-12345678"],
    ["02112345678", "021-12345678"],
    ["075512345678", "0755-12345678"],
    ["07551234567", "0755-1234567"],
    ["01012345678-66", "010-12345678-66"],
    ["０１０－１２３４５６７８", "010-12345678"],
  ])("reads %p as %p", (raw, expected) => {
    expect(parsePhone(raw, ctx)).toEqual(value(expected));
  });

  it.each([
    "010-123456",
    "010-123456789",
    "10-12345678",
    "01-12345678",
    "01234-1234567",
    "010-12345678-1234567",
    "010-12345678转",
    "(010-12345678",
    "010--12345678",
    "1012345678",
    "400-050-0827",
    "abc",
    "#N/A",
    true,
  ])("rejects %p", (raw) => {
    expect(parsePhone(raw, ctx)).toEqual(failure("not-an-option"));
  });
});

describe("parsePhone: blanks and errors", () => {
  it.each([
    [null, BLANK],
    [" ", BLANK],
    ["待确认", PLACEHOLDER],
    ["-", PLACEHOLDER],
    [{ error: "#N/A" }, failure("excel-error")],
  ])("reads %p as %p", (raw, expected) => {
    expect(parsePhone(raw, ctx)).toEqual(expected);
  });
});
