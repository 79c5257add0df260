import { test } from "node:test";
import assert from "node:assert/strict";
import { Figure, grid, textWidth, wrapText, type RgbaImage } from "../src/render";
import { lineHeight, TEXT_SIZE } from "../src/render/figure";

const isInk = (img: RgbaImage, x: number, y: number): boolean => {
  const i = (y * img.width + x) * 4;
  return img.rgba[i]! < 250 || img.rgba[i + 1]! < 250 || img.rgba[i + 2]! < 250;
};

function glyph(text: string): RgbaImage {
  const f = new Figure(40, 24);
  f.text(text, 4, 2, { size: 16 });
  return f.rgba();
}

test("text is anti-aliased and the Greek letters of the rule names are real glyphs, each its own", () => {
  const letters = ["ε", "γ", "α", "β", "?"];
  const images = letters.map(glyph);
  for (const [k, img] of images.entries()) {
    const levels = new Set<number>();
    for (let i = 0; i < img.rgba.length; i += 4) levels.add(img.rgba[i]!);
    assert.ok(levels.size > 4, `"${letters[k]}" is drawn with ${levels.size} grey levels: not anti-aliased`);
  }
  for (let a = 0; a < images.length; a++)
    for (let b = a + 1; b < images.length; b++)
      assert.notDeepEqual(Array.from(images[a]!.rgba), Array.from(images[b]!.rgba), `"${letters[a]}" and "${letters[b]}" look the same`);
  assert.ok(textWidth("αβ") > textWidth("α"));
});

test("long column titles wrap inside their columns and never run into the next one", () => {
  const cell = (w: number) => ({ image: { rgba: new Uint8Array(w * 20 * 4).fill(255), width: w, height: 20 } });
  const headers = ["epsilon-gamma-box γ=0.25 low=0 high=1 zeroBias", "alpha2beta1 α=3 β=2", "integrated-gradients steps=128 integration=riemann-trapezoid"];
  const widths = [70, 60, 50];
  const title = "a title much wider than the three narrow columns under it, which must wrap as well";
  const img = grid([widths.map(cell)], { headers, title });
  const body = widths.reduce((s, v) => s + v, 0) + 8 * 2;
  const headerTop = 8 + wrapText(title, body, { size: TEXT_SIZE.title, bold: true }).length * lineHeight(TEXT_SIZE.title) + 4;
  // column j spans [8 + Σ(widths before j) + 8·j, … + widths[j]); the page margin is 8, the gap between cells 8
  const spans = widths.map((w, j) => {
    const x0 = 8 + widths.slice(0, j).reduce((s, v) => s + v, 0) + 8 * j;
    return [x0, x0 + w] as const;
  });
  let inkRows = 0;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (!isInk(img, x, y)) continue;
      inkRows++;
      assert.ok(x < img.width - 8 + 1, `ink at x = ${x} in the right margin`);
      const inGap = spans.every(([a, b]) => x < a || x >= b) && x >= 8 && x < img.width - 8;
      // below the title (which spans all columns), text must sit inside one column
      if (inGap && y >= headerTop) assert.fail(`ink at (${x}, ${y}) between two columns`);
    }
  }
  assert.ok(inkRows > 0);
  for (const [j, h] of headers.entries())
    for (const line of wrapText(h, widths[j]!)) assert.ok(textWidth(line) <= widths[j]!, `"${line}" is wider than its column`);
});
