import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfLimits } from '@nianbao/parse';

/**
 * The Node default for pdf.js's predefined CMaps, without which the text of non-embedded CJK fonts
 * (STSong-Light with UniGB-UCS2-H, GBK-EUC-H, …: common in government PDFs) is lost. The files are
 * the `cmaps/*.bcmap` of `pdfjs-dist` at the version of the pdf.js that unpdf bundles: an optional
 * peer of the CLI, not installed with it, because pdfjs-dist brings a native canvas binary along
 * and nianbao installs no native code. Without it, such PDFs say so (`pdf/cmap-missing`).
 * `@nianbao/parse` itself reads no files (it runs in browsers too), so the CLI reads them here.
 */
export type CMapSource = NonNullable<PdfLimits['cMapSource']>;

/** Predefined CMap names are letters, digits and hyphens; anything else is not looked up on disk. */
const CMAP_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/**
 * The `cmaps/` folder of an installed `pdfjs-dist`: beside the CLI, or in the project it runs in
 * (`npm install pdfjs-dist@5.6.205`), or null.
 */
function findCMapFolder(): string | null {
  for (const from of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      return join(dirname(createRequire(from).resolve('pdfjs-dist/package.json')), 'cmaps');
    } catch {
      // Not there: try the next place.
    }
  }
  return null;
}

let folder: string | null | undefined;
/** Files read, by name: a batch reads the same few CMaps for file after file. */
const cache = new Map<string, Promise<Uint8Array | undefined>>();

/**
 * Reads `pdfjs-dist/cmaps/<name>.bcmap`; undefined when the package or the file is missing, so a
 * broken install loses the text of such fonts (as before) rather than the whole file.
 */
export const nodeCMapSource: CMapSource = (name) => {
  if (!CMAP_NAME.test(name)) return Promise.resolve(undefined);
  let data = cache.get(name);
  if (!data) {
    if (folder === undefined) folder = findCMapFolder();
    const dir = folder;
    data = dir === null ? Promise.resolve(undefined) : readFile(join(dir, `${name}.bcmap`)).then((b) => new Uint8Array(b), () => undefined);
    cache.set(name, data);
  }
  return data;
};
