// Draws Luister's icons (a green "listening" dot with a ring on a dark tile) as PNG files
// in build/, without image tools: RGBA pixels, zlib, and the PNG chunk format.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x += 1) row.set(pixel(x / size, y / size), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function icon(x, y, { tile }) {
  const distance = Math.hypot(x - 0.5, y - 0.5);
  const green = [79, 209, 139, 255];
  if (distance < 0.19) return green;
  if (Math.abs(distance - 0.33) < 0.035) return [79, 209, 139, 140];
  if (!tile) return [0, 0, 0, 0];
  const corner = 0.22;
  const dx = Math.max(corner - x, 0, x - (1 - corner));
  const dy = Math.max(corner - y, 0, y - (1 - corner));
  return Math.hypot(dx, dy) <= corner ? [20, 26, 38, 255] : [0, 0, 0, 0];
}

writeFileSync(
  'build/icon.png',
  png(512, (x, y) => icon(x, y, { tile: true })),
);
writeFileSync(
  'build/tray.png',
  png(32, (x, y) => icon(x, y, { tile: false })),
);
console.log('wrote build/icon.png and build/tray.png');
