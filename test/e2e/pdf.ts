/**
 * Reads a PDF that Chromium printed (page.pdf) with pdf.js: how many pages, and the text of each page, in a form
 * that can be compared with the strings the app shows.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  readonly pages: number;
  /** Each page's text, one string per line as pdf.js reads it. */
  readonly lines: readonly (readonly string[])[];
}

export async function readPdf(pdf: Buffer): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const lines: string[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
    lines.push(text.split('\n'));
  }
  await doc.destroy();
  return { pages: doc.numPages, lines };
}

/**
 * A comparable form of text: compatibility forms folded (Arabic presentation forms, CJK radicals that fonts map to),
 * marks, spaces and invisible format characters removed. PDF text keeps glyphs, not the string that was typed.
 */
export function comparable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}\s]/gu, '')
    .replace(/\u06d5/g, '\u0647')
    .normalize('NFC');
}

const sorted = (s: string) => [...s].sort().join('');

/**
 * Whether `text` is printed on the page. Right-to-left lines come out of a PDF in visual order, and not always
 * exactly reversed (Chromium maps some shaped glyph runs back in logical order): so a line is also read backwards,
 * and a whole line (a heading) also matches when it has exactly the same letters. `text` should be a short run of
 * one script: a heading or a label.
 */
export function printed(page: readonly string[], text: string): boolean {
  const wanted = comparable(text);
  const all = page.map(comparable);
  return (
    all.join('').includes(wanted) ||
    all.some((line) => [...line].reverse().join('').includes(wanted)) ||
    all.some((line) => line.length === wanted.length && sorted(line) === sorted(wanted))
  );
}
