#!/usr/bin/env node
// Renders assets/icon.svg to the PNG sizes the manifest and the stores ask for (16, 32, 64, 80, 128 px), with a
// transparent background, through headless Chromium so the result matches what a browser draws.
// The 16 px size comes from assets/icon-16.svg, the same drawing redrawn on the pixel grid: scaled down, the big
// drawing's lines fall between pixels and blur.
// Usage: node scripts/make-icons.js   (needs /usr/bin/chromium; the PNGs are committed, run it after editing the SVG)
const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");

const SIZES = [16, 32, 64, 80, 128];
const ASSETS = path.resolve(__dirname, "..", "assets");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--no-first-run",
];

function pageFor(svg, size) {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  return `<!doctype html><html><body style="margin:0;background:transparent">
    <img id="icon" src="${src}" width="${size}" height="${size}" style="display:block" alt=""></body></html>`;
}

function sourceFor(size) {
  const pixelGrid = path.join(ASSETS, `icon-${size}.svg`);
  return fs.existsSync(pixelGrid) ? pixelGrid : path.join(ASSETS, "icon.svg");
}

async function main() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    for (const size of SIZES) {
      const svg = fs.readFileSync(sourceFor(size), "utf8");
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(pageFor(svg, size));
      await page.locator("#icon").evaluate((img) => img.decode());
      const file = path.join(ASSETS, `icon-${size}.png`);
      await page.screenshot({
        path: file,
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await page.close();
      console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
