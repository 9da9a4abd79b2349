/**
 * npm run icons — renders public/icons/icon.svg into the PNG icons the web app manifest lists (192, 512,
 * maskable 512 with a safe-zone margin, 180 apple-touch). Run after changing the SVG; the PNGs are committed.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../test/e2e/browser.ts';

if (process.argv.includes('--help')) {
  console.log('Usage: npm run icons   (renders public/icons/*.png from public/icons/icon.svg)');
  process.exit(0);
}
const svg = readFileSync('public/icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
const render = async (size: number, file: string, maskable = false) => {
  await page.setViewportSize({ width: size, height: size });
  // Maskable: full-bleed background, artwork inside the central 80 % safe zone.
  const inner = maskable ? Math.round(size * 0.8) : size;
  await page.setContent(
    `<body style="margin:0;background:${maskable ? '#0b4f71' : 'transparent'};display:grid;place-items:center;height:${size}px">` +
      `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${inner}" height="${inner}"></body>`,
  );
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: !maskable });
};
await render(192, 'icon-192.png');
await render(512, 'icon-512.png');
await render(512, 'icon-maskable-512.png', true);
await render(180, 'apple-touch-icon.png', true);
await browser.close();
console.log('icons written to public/icons/');
