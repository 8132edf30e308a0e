/**
 * Draws the add-in's radar icon at every size the manifest names and writes assets/icon-<size>.png:
 *
 *   npm run make:icons
 *
 * Pure Node (no image library): each pixel is the average of an 8 × 8 grid of samples over a few
 * vector shapes, written as an 8-bit RGBA PNG with node:zlib. The output is a function of the
 * size alone, so tests/manifest checks that the committed PNGs are exactly what this file draws.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deflateSync } from "node:zlib";

/** 16/32/80 are the ribbon's required sizes, 32 is IconUrl, 64 is HighResolutionIconUrl. */
export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgb = readonly [number, number, number];

const SCREEN: Rgb = [0x0b, 0x4a, 0x36]; // the radar screen, a deep spreadsheet green
const RIM: Rgb = [0x21, 0xa3, 0x66];
const GRID: Rgb = [0x7d, 0xe8, 0xab];
const SWEEP: Rgb = [0x5e, 0xe3, 0x9a];
const BEAM: Rgb = [0xd9, 0xfb, 0xe6];
const BLIP: Rgb = [0xff, 0xc8, 0x3d]; // a customer the radar has picked up

const SAMPLES = 8;
const SCREEN_RADIUS = 0.47;
/** Clockwise from twelve o'clock, in degrees. */
const BEAM_ANGLE = 50;
const SWEEP_SPAN = 75;

interface Paint {
  readonly color: Rgb;
  readonly alpha: number;
}

/** The paint a shape puts on one sample point (unit square, y down), or null where it is absent. */
type Layer = (x: number, y: number) => Paint | null;

/** RGBA pixels, row by row, of the icon at `size` × `size`. */
export function renderRadar(size: number): Uint8Array {
  const layers = radarLayers(size);
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const [r, g, b, a] = samplePixel(layers, px, py, size);
      const at = (py * size + px) * 4;
      pixels[at] = r;
      pixels[at + 1] = g;
      pixels[at + 2] = b;
      pixels[at + 3] = a;
    }
  }
  return pixels;
}

function samplePixel(layers: readonly Layer[], px: number, py: number, size: number): number[] {
  // Accumulated premultiplied so that transparent samples do not darken the edge.
  let r = 0;
  let g = 0;
  let b = 0;
  let a = 0;
  for (let sy = 0; sy < SAMPLES; sy += 1) {
    for (let sx = 0; sx < SAMPLES; sx += 1) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      const [sr, sg, sb, sa] = compose(layers, x, y);
      r += sr;
      g += sg;
      b += sb;
      a += sa;
    }
  }
  const count = SAMPLES * SAMPLES;
  if (a === 0) return [0, 0, 0, 0];
  return [r / a, g / a, b / a, a / count].map((v, i) => Math.round(i === 3 ? v * 255 : v));
}

/** Source-over of every layer at one point; premultiplied result. */
function compose(layers: readonly Layer[], x: number, y: number): [number, number, number, number] {
  let r = 0;
  let g = 0;
  let b = 0;
  let a = 0;
  for (const layer of layers) {
    const paint = layer(x, y);
    if (paint === null || paint.alpha <= 0) continue;
    const keep = 1 - paint.alpha;
    r = paint.color[0] * paint.alpha + r * keep;
    g = paint.color[1] * paint.alpha + g * keep;
    b = paint.color[2] * paint.alpha + b * keep;
    a = paint.alpha + a * keep;
  }
  return [r, g, b, a];
}

/** Small sizes drop the finest details, which would only blur into the screen. */
function radarLayers(size: number): Layer[] {
  const stroke = Math.max(1, size / 24) / size;
  const rings = size >= 32 ? [0.31, 0.16] : [0.27];
  const blips: { angle: number; radius: number; size: number }[] =
    size >= 32
      ? [
          { angle: 28, radius: 0.27, size: 0.065 },
          { angle: 205, radius: 0.21, size: 0.045 },
        ]
      : [{ angle: 24, radius: 0.25, size: 0.09 }];
  const layers: Layer[] = [
    (x, y) => (distance(x, y) <= SCREEN_RADIUS ? { color: SCREEN, alpha: 1 } : null),
    sweepLayer(),
    ...rings.map((radius) => ring(radius, stroke, GRID, 0.6)),
  ];
  if (size >= 32) layers.push(crosshair(stroke, 0.35));
  layers.push(beam(stroke * 1.2));
  layers.push(ring(SCREEN_RADIUS - stroke / 2, stroke, RIM, 1));
  for (const blip of blips) layers.push(dot(blip.angle, blip.radius, Math.max(blip.size, 1.3 / size)));
  return layers;
}

/** The fading wedge behind the beam. */
function sweepLayer(): Layer {
  return (x, y) => {
    const r = distance(x, y);
    if (r > SCREEN_RADIUS) return null;
    const behind = (BEAM_ANGLE - clockAngle(x, y) + 360) % 360;
    if (behind > SWEEP_SPAN) return null;
    return { color: SWEEP, alpha: 0.7 * (1 - behind / SWEEP_SPAN) };
  };
}

function ring(radius: number, width: number, color: Rgb, alpha: number): Layer {
  return (x, y) => (Math.abs(distance(x, y) - radius) <= width / 2 ? { color, alpha } : null);
}

function crosshair(width: number, alpha: number): Layer {
  return (x, y) => {
    if (distance(x, y) > SCREEN_RADIUS) return null;
    const onLine = Math.abs(x - 0.5) <= width / 2 || Math.abs(y - 0.5) <= width / 2;
    return onLine ? { color: GRID, alpha } : null;
  };
}

/** The bright leading edge of the sweep, from the centre to the rim. */
function beam(width: number): Layer {
  const radians = (BEAM_ANGLE * Math.PI) / 180;
  const dx = Math.sin(radians);
  const dy = -Math.cos(radians);
  return (x, y) => {
    const along = (x - 0.5) * dx + (y - 0.5) * dy;
    const across = Math.abs((x - 0.5) * dy - (y - 0.5) * dx);
    return along >= 0 && along <= SCREEN_RADIUS && across <= width / 2 ? { color: BEAM, alpha: 1 } : null;
  };
}

function dot(angle: number, radius: number, dotRadius: number): Layer {
  const radians = (angle * Math.PI) / 180;
  const cx = 0.5 + radius * Math.sin(radians);
  const cy = 0.5 - radius * Math.cos(radians);
  return (x, y) => (Math.hypot(x - cx, y - cy) <= dotRadius ? { color: BLIP, alpha: 1 } : null);
}

function distance(x: number, y: number): number {
  return Math.hypot(x - 0.5, y - 0.5);
}

/** Degrees clockwise from twelve o'clock, 0–360. */
function clockAngle(x: number, y: number): number {
  return ((Math.atan2(x - 0.5, -(y - 0.5)) * 180) / Math.PI + 360) % 360;
}

/** An 8-bit RGBA PNG, no filtering (icons this small gain nothing from it). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const rowBytes = width * 4;
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (rowBytes + 1)] = 0;
    raw.set(rgba.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function main(argv: readonly string[]): void {
  const at = argv.indexOf("--out");
  const outDir = resolve(at >= 0 && argv[at + 1] ? argv[at + 1] : "assets");
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderRadar(size)));
    process.stdout.write(`${file}\n`);
  }
}

if (require.main === module) main(process.argv.slice(2));
