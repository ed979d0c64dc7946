// The app's two icons, as Teams requires them (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package):
// a full-colour 192×192 PNG, and a 32×32 outline PNG that is white on a transparent background. They are drawn
// here (a checklist on a clipboard, no artwork from elsewhere) and committed as manifest/color.png and
// manifest/outline.png; `npx tsx scripts/lib/package/icons.ts` draws them again. A municipality may replace them
// with its own: `npm run package` checks whatever files are there.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { AppError } from '../../../src/domain';

/** Pixel sizes Teams requires. */
export const iconSizes = { color: 192, outline: 32 } as const;

type Rgba = readonly [number, number, number, number];

/** A square canvas of RGBA pixels, transparent at first. */
function canvas(size: number) {
  const png = new PNG({ width: size, height: size });
  png.data.fill(0);
  const set = (x: number, y: number, [r, g, b, a]: Rgba): void => {
    if (x < 0 || y < 0 || x >= size || y >= size) return;
    const i = (y * size + x) * 4;
    png.data[i] = r;
    png.data[i + 1] = g;
    png.data[i + 2] = b;
    png.data[i + 3] = a;
  };
  /** Fills the rectangle [x0, x1) × [y0, y1), with corners rounded by `radius`. */
  const rect = (
    box: { x0: number; y0: number; x1: number; y1: number; radius?: number },
    colour: Rgba,
  ): void => {
    const r = box.radius ?? 0;
    for (let y = box.y0; y < box.y1; y++) {
      for (let x = box.x0; x < box.x1; x++) {
        const dx = Math.max(box.x0 + r - x - 0.5, x + 0.5 - (box.x1 - r), 0);
        const dy = Math.max(box.y0 + r - y - 0.5, y + 0.5 - (box.y1 - r), 0);
        if (dx * dx + dy * dy <= r * r) set(x, y, colour);
      }
    }
  };
  return { png, rect };
}

const accent: Rgba = [0x1f, 0x5c, 0x99, 255];
const white: Rgba = [255, 255, 255, 255];
const green: Rgba = [0x3f, 0xa3, 0x5b, 255];

/** The colour icon: a white clipboard with three ticked lines on the accent colour (the manifest's accentColor). */
export function drawColorIcon(): Buffer {
  const size = iconSizes.color;
  const { png, rect } = canvas(size);
  rect({ x0: 0, y0: 0, x1: size, y1: size, radius: 28 }, accent);
  rect({ x0: 52, y0: 40, x1: 140, y1: 156, radius: 10 }, white);
  rect({ x0: 76, y0: 32, x1: 116, y1: 50, radius: 6 }, [0xdd, 0xe6, 0xf0, 255]);
  for (const y of [66, 96, 126]) {
    rect({ x0: 64, y0: y, x1: 80, y1: y + 16, radius: 3 }, green);
    rect({ x0: 90, y0: y + 5, x1: 128, y1: y + 11, radius: 3 }, accent);
  }
  return PNG.sync.write(png);
}

/** The outline icon: the same clipboard in white lines, everything else fully transparent. */
export function drawOutlineIcon(): Buffer {
  const { png, rect } = canvas(iconSizes.outline);
  // The clipboard's border, two pixels wide, and its clip.
  rect({ x0: 7, y0: 5, x1: 25, y1: 7 }, white);
  rect({ x0: 7, y0: 28, x1: 25, y1: 30 }, white);
  rect({ x0: 7, y0: 5, x1: 9, y1: 30 }, white);
  rect({ x0: 23, y0: 5, x1: 25, y1: 30 }, white);
  rect({ x0: 12, y0: 3, x1: 20, y1: 8 }, white);
  for (const y of [11, 16, 21]) {
    rect({ x0: 11, y0: y, x1: 13, y1: y + 2 }, white);
    rect({ x0: 15, y0: y, x1: 21, y1: y + 2 }, white);
  }
  return PNG.sync.write(png);
}

/** A decoded PNG: size and RGBA pixels. */
export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  readonly data: Uint8Array;
}

/** Decodes a PNG of any colour type into RGBA. @throws AppError `invalid` when it is no PNG. */
export function decodePng(bytes: Uint8Array, fileName: string): DecodedPng {
  try {
    const png = PNG.sync.read(Buffer.from(bytes));
    return { width: png.width, height: png.height, data: png.data };
  } catch (error) {
    throw new AppError('invalid', {
      message: `${fileName} är ingen PNG-bild. / ${fileName} is not a PNG image.`,
      cause: error,
    });
  }
}

/** What is wrong with the icons, in Swedish and English; empty when both are as Teams requires. */
export function iconProblems(icons: { color: Uint8Array; outline: Uint8Array }): string[] {
  const problems: string[] = [];
  const color = decodePng(icons.color, 'color.png');
  if (color.width !== iconSizes.color || color.height !== iconSizes.color) {
    problems.push(
      `color.png är ${color.width}×${color.height} pixlar, ska vara 192×192. / color.png is ${color.width}×${color.height} pixels, must be 192×192.`,
    );
  }
  const outline = decodePng(icons.outline, 'outline.png');
  if (outline.width !== iconSizes.outline || outline.height !== iconSizes.outline) {
    problems.push(
      `outline.png är ${outline.width}×${outline.height} pixlar, ska vara 32×32. / outline.png is ${outline.width}×${outline.height} pixels, must be 32×32.`,
    );
  }
  const { coloured, transparent, total } = outlinePixels(outline);
  if (coloured > 0) {
    problems.push(
      `outline.png har ${coloured} pixlar som varken är vita eller genomskinliga; konturikonen ska vara vit på genomskinlig bakgrund. / ` +
        `outline.png has ${coloured} pixels that are neither white nor transparent; the outline icon must be white on a transparent background.`,
    );
  }
  if (transparent === 0 || transparent === total) {
    problems.push(
      transparent === 0
        ? 'outline.png har ingen genomskinlig bakgrund. / outline.png has no transparent background.'
        : 'outline.png är helt genomskinlig. / outline.png is fully transparent.',
    );
  }
  return problems;
}

/** Counts an outline icon's pixels: transparent (alpha 0), white (any alpha), and any other colour. */
export function outlinePixels(png: DecodedPng): { coloured: number; transparent: number; total: number } {
  let coloured = 0;
  let transparent = 0;
  const total = png.width * png.height;
  for (let i = 0; i < total * 4; i += 4) {
    const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
    if (a === 0) transparent++;
    else if (r !== 255 || g !== 255 || b !== 255) coloured++;
  }
  return { coloured, transparent, total };
}

if (require.main === module) {
  const dir = join(__dirname, '..', '..', '..', 'manifest');
  writeFileSync(join(dir, 'color.png'), drawColorIcon());
  writeFileSync(join(dir, 'outline.png'), drawOutlineIcon());
  const problems = iconProblems({
    color: readFileSync(join(dir, 'color.png')),
    outline: readFileSync(join(dir, 'outline.png')),
  });
  console.log(problems.length === 0 ? `Ritade / drew ${dir}/color.png, outline.png` : problems.join('\n'));
}
