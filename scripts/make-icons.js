#!/usr/bin/env node
'use strict';
/**
 * Draws the add-in icons (assets/icon-16/32/64/80/128.png): a report sheet in municipal blue
 * with a header band and table rows, the last row a bold total. Pure Node (zlib): no image
 * library. Each pixel is supersampled 4×4 so the edges are smooth at 16 px.
 *
 *   node scripts/make-icons.js
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const BLUE = [0x1f, 0x5a, 0xa6];
const LIGHT = [0xe8, 0xf0, 0xfa];
const WHITE = [0xff, 0xff, 0xff];

/** The glyph in a unit square: returns [r,g,b,a] for a point (x,y) in 0..1. */
function shade(x, y) {
  const inRound = (x0, y0, x1, y1, r) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const within = (x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
  // Sheet: a blue rounded square.
  if (!inRound(0.06, 0.06, 0.94, 0.94, 0.14)) return [0, 0, 0, 0];
  // White table panel inside.
  if (within(0.18, 0.2, 0.82, 0.82)) {
    if (within(0.18, 0.2, 0.82, 0.34)) return [...BLUE.map((c) => Math.round(c * 0.75)), 255]; // header band
    // Row separators and a label / amount column split.
    const rowLines = [0.46, 0.58, 0.7];
    if (rowLines.some((ly) => Math.abs(y - ly) < 0.022)) return [...LIGHT.map((c) => c - 40), 255];
    if (Math.abs(x - 0.5) < 0.02 && y < 0.7) return [...LIGHT.map((c) => c - 40), 255];
    if (within(0.18, 0.71, 0.82, 0.82)) return [...LIGHT, 255]; // total row
    return [...WHITE, 255];
  }
  return [...BLUE, 255];
}

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const S = 4; // supersampling
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const [cr, cg, cb, ca] = shade((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round(a / (S * S));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const out = path.resolve(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size));
}
process.stdout.write(`icons written to ${out}\n`);
