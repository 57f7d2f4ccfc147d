// Draws the add-in's icons (16, 32, 64, 80 px PNG) with nothing but Node: shapes are tested per
// sub-pixel (8×8 samples a pixel, for smooth edges) and the PNG bytes are written with zlib.
// Run: node addin/assets/draw-icons.mjs — the PNGs beside this file are its output.
import { deflateSync } from 'node:zlib';
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BLUE = [15, 108, 189]; // Fluent brand blue
const WHITE = [255, 255, 255];
const AMBER = [255, 185, 0];

// The design on a 0..1 square: a rounded tile, three rising bars, a trend line with a dot.
function roundedSquare(x, y, r) {
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
}
const BARS = [
  [0.2, 0.62, 0.34, 0.82],
  [0.43, 0.48, 0.57, 0.82],
  [0.66, 0.32, 0.8, 0.82],
];
const LINE = [
  [0.18, 0.5],
  [0.42, 0.36],
  [0.6, 0.4],
  [0.82, 0.18],
];
function nearSegment(x, y, [ax, ay], [bx, by], w) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= w * w;
}

/** The colour at a point, or null outside the tile. Small icons drop the line (unreadable at 16 px). */
function colourAt(x, y, size) {
  if (!roundedSquare(x, y, 0.18)) return null;
  const lineWidth = size >= 32 ? 0.045 : 0;
  if (lineWidth) {
    for (let i = 0; i < LINE.length - 1; i++) if (nearSegment(x, y, LINE[i], LINE[i + 1], lineWidth)) return AMBER;
    const [ex, ey] = LINE[LINE.length - 1];
    if ((x - ex) ** 2 + (y - ey) ** 2 <= 0.075 ** 2) return AMBER;
  }
  for (const [x0, y0, x1, y1] of BARS) if (x >= x0 && x <= x1 && y >= y0 && y <= y1) return WHITE;
  return BLUE;
}

function render(size) {
  const samples = 8;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (samples * samples));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG: 8-bit RGBA, each scanline with filter byte 0. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 64, 80, 128];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const size of ICON_SIZES) {
    writeFileSync(join(here, `icon-${size}.png`), encodePng(size, render(size)));
    console.log(`addin/assets/icon-${size}.png`);
  }
}
