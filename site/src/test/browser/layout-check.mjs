// Opens generated pages in Debian's Chromium at phone and desktop widths: fails when a page scrolls
// sideways at 360 px, and with --screenshots DIR saves <name>-360.png and <name>-1280.png of each.
// Usage: node layout-check.mjs SITE_DIR [--screenshots DIR] PAGE...   (PAGE relative to SITE_DIR)
import { createServer } from 'node:http';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { join, extname, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const root = resolve(args.shift());
let shots = null;
const pages = [];
while (args.length) {
  const arg = args.shift();
  if (arg === '--screenshots') shots = resolve(args.shift());
  else pages.push(arg);
}
if (!pages.length) {
  console.error('usage: node layout-check.mjs SITE_DIR [--screenshots DIR] PAGE...');
  process.exit(2);
}
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.png': 'image/png', '.xml': 'application/xml' };
const server = createServer(async (req, res) => {
  let path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(root)) { res.writeHead(403).end(); return; }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(await readFile(path));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let failures = 0;
try {
  const context = await browser.newContext();
  await context.route('**/*', (route) => route.request().url().startsWith(base) ? route.continue() : route.abort());
  const page = await context.newPage();
  for (const path of pages) {
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(base + path, { waitUntil: 'load' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (width === 360 && overflow > 0) {
        failures++;
        console.log(`FAIL  ${path}  scrolls ${overflow}px sideways at 360px`);
      }
      if (shots) {
        await mkdir(shots, { recursive: true });
        const name = path.replace(/\/?index\.html$/, '').replace(/\//g, '-') || 'home';
        await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: false });
      }
    }
    if (!failures) console.log(`OK    ${path}`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`LAYOUT_FAILURES=${failures} pages=${pages.length}`);
process.exit(failures ? 1 : 0);
