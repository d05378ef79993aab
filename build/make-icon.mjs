// Draws the app icon (three connected systems on a rounded square) as build/icon.svg and a
// 1024×1024 build/icon.png, from one geometry and with no dependencies, so the icon can be
// regenerated offline: `node build/make-icon.mjs`. electron-builder derives .ico and .icns
// from the PNG.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const BACKGROUND = { x: 64, y: 64, size: 896, radius: 190, color: [30, 58, 95] };
const NODES = [
  { x: 300, y: 340 },
  { x: 724, y: 340 },
  { x: 512, y: 716 },
];
const NODE_RADIUS = 112;
const NODE_COLOR = [245, 249, 255];
const LINK_WIDTH = 48;
const LINK_COLOR = [127, 179, 230];
const LINKS = [
  [0, 1],
  [0, 2],
  [1, 2],
];

const hex = ([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

function svg() {
  const { x, y, size, radius, color } = BACKGROUND;
  const links = LINKS.map(([a, b]) => `<line x1="${NODES[a].x}" y1="${NODES[a].y}" x2="${NODES[b].x}" y2="${NODES[b].y}"/>`);
  const nodes = NODES.map((n) => `<circle cx="${n.x}" cy="${n.y}" r="${NODE_RADIUS}"/>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}">`,
    `  <rect x="${x}" y="${y}" width="${size}" height="${size}" rx="${radius}" fill="${hex(color)}"/>`,
    `  <g stroke="${hex(LINK_COLOR)}" stroke-width="${LINK_WIDTH}" stroke-linecap="round">${links.join('')}</g>`,
    `  <g fill="${hex(NODE_COLOR)}">${nodes.join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}

function insideRoundedSquare(px, py) {
  const { x, y, size, radius } = BACKGROUND;
  const cx = Math.min(Math.max(px, x + radius), x + size - radius);
  const cy = Math.min(Math.max(py, y + radius), y + size - radius);
  return px >= x && px <= x + size && py >= y && py <= y + size && (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(px, py, a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (a.x + t * dx), py - (a.y + t * dy));
}

/** The colour at a point, or null outside the icon (transparent). */
function colorAt(px, py) {
  if (!insideRoundedSquare(px, py)) return null;
  if (NODES.some((n) => Math.hypot(px - n.x, py - n.y) <= NODE_RADIUS)) return NODE_COLOR;
  if (LINKS.some(([a, b]) => distanceToSegment(px, py, NODES[a], NODES[b]) <= LINK_WIDTH / 2)) return LINK_COLOR;
  return BACKGROUND.color;
}

function pixels() {
  const samples = [0.25, 0.75]; // 2×2 supersampling smooths the edges
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    const row = y * (SIZE * 4 + 1); // each row starts with filter type 0
    for (let x = 0; x < SIZE; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (const sy of samples) {
        for (const sx of samples) {
          const color = colorAt(x + sx, y + sy);
          if (!color) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
      const offset = row + 1 + x * 4;
      if (a > 0) rows.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a / 4) * 255)], offset);
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync(new URL('./icon.svg', import.meta.url), svg());
writeFileSync(new URL('./icon.png', import.meta.url), png());
