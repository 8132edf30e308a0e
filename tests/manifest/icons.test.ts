import { readFileSync } from "node:fs";
import { join } from "node:path";
import { encodePng, ICON_SIZES, renderRadar } from "../../scripts/make-icons";
import { decodeRgbaPng, readPngHeader } from "./png";

const ASSETS = join(__dirname, "..", "..", "assets");

describe("assets/icon-*.png", () => {
  it.each(ICON_SIZES)("icon-%ipx is exactly what scripts/make-icons.ts draws", (size) => {
    const { header, pixels } = decodeRgbaPng(readFileSync(join(ASSETS, `icon-${size}.png`)));
    expect([header.width, header.height]).toEqual([size, size]);
    // Pixels, not bytes: another zlib may compress the same picture differently.
    expect(Buffer.from(pixels).equals(Buffer.from(renderRadar(size)))).toBe(true);
  });

  it("draws a round radar: transparent corners, an opaque centre", () => {
    const size = 32;
    const pixels = renderRadar(size);
    const alpha = (x: number, y: number) => pixels[(y * size + x) * 4 + 3];
    expect([alpha(0, 0), alpha(size - 1, 0), alpha(0, size - 1), alpha(size - 1, size - 1)]).toEqual([
      0, 0, 0, 0,
    ]);
    expect(alpha(size / 2, size / 2)).toBe(255);
  });

  it("writes PNGs that a decoder reads back pixel for pixel", () => {
    const pixels = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) % 256);
    const png = encodePng(3, 2, pixels);
    expect(readPngHeader(png)).toEqual({ width: 3, height: 2, bitDepth: 8, colorType: 6 });
    expect(Buffer.from(decodeRgbaPng(png).pixels).equals(Buffer.from(pixels))).toBe(true);
  });
});
