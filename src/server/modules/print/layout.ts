// The node build by name: the package's bare entry resolves only under the "node" condition, which tsc's Bundler mode lacks.
import bwipjs from 'bwip-js/node';
import PDFDocument from 'pdfkit';
import { loadFonts, type FontName } from './fonts';

/** One cell of a form: a shaded label and its value. `span` is its share of the row's width (default 1). */
export interface Cell {
  label: string;
  value: string;
  span?: number;
}

export type Row = readonly Cell[];

/** A titled block of rows; `labelWidth` overrides the label column for short labels such as list numbers. */
export interface Section {
  title: string;
  rows: readonly Row[];
  labelWidth?: number;
}

/** What a printed form consists of; the two forms differ only in this data, never in drawing code. */
export interface FormSpec {
  title: string;
  subtitle: string;
  /** Printed as Code 128 (scanned at the site's desk) and as QR (scanned with a phone). */
  registrationNumber: string;
  photoJpeg: Buffer | null;
  /** Drawn to the left of the photo, as on the paper forms. */
  besidePhoto: readonly Section[];
  /** Drawn below, across the page. */
  sections: readonly Section[];
  /** Paragraphs after the tables. */
  notes: readonly string[];
}

const MM = 72 / 25.4;
const MARGIN = 30;
const PAGE_WIDTH = 595.28; // A4 in points
const PAGE_HEIGHT = 841.89;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const BOTTOM = PAGE_HEIGHT - MARGIN;

const FONT_SIZE = 9;
const TITLE_SIZE = 16;
const SUBTITLE_SIZE = 10;
const PAD = 3;
// Noto Sans SC's line height is 1.45 em, roomy for a ruled form; 2 pt less per line lets the 申请表 fit one page.
const LINE_GAP = -2;
const MIN_ROW_HEIGHT = 16;
const SECTION_TITLE_HEIGHT = 14;
const SECTION_GAP = 4;
const LABEL_WIDTH = 72; // seven characters at FONT_SIZE: most of the form's labels on one line
const LABEL_FILL = '#f0f0f0';
const TITLE_FILL = '#d9d9d9';

// R-PI-6: the photo is 小2寸, 35 mm × 45 mm; printed at that size it is the size of the photo pasted on paper forms.
const PHOTO_WIDTH = 35 * MM;
const PHOTO_HEIGHT = 45 * MM;
const PHOTO_GAP = 4;

const HEADER_HEIGHT = 62;
const QR_SIZE = 58;
const BARCODE_WIDTH = 150;
const BARCODE_HEIGHT = 40;

type Doc = PDFKit.PDFDocument;

function setFont(doc: Doc, name: FontName, size: number): void {
  doc.font(name).fontSize(size);
}

function textHeight(doc: Doc, text: string, width: number): number {
  return text === '' ? 0 : doc.heightOfString(text, { width, lineGap: LINE_GAP });
}

interface Layout {
  cells: { cell: Cell; x: number; width: number }[];
  height: number;
}

function layoutRow(doc: Doc, row: Row, x: number, width: number, labelWidth: number): Layout {
  const total = row.reduce((sum, c) => sum + (c.span ?? 1), 0);
  let cx = x;
  let height = MIN_ROW_HEIGHT;
  const cells = row.map((cell) => {
    const w = (width * (cell.span ?? 1)) / total;
    const placed = { cell, x: cx, width: w };
    cx += w;
    const inner = Math.max(
      textHeight(doc, cell.label, labelWidth - 2 * PAD),
      textHeight(doc, cell.value, w - labelWidth - 2 * PAD),
    );
    height = Math.max(height, inner + 2 * PAD);
    return placed;
  });
  return { cells, height };
}

function drawText(doc: Doc, text: string, x: number, y: number, width: number, height: number): void {
  const h = textHeight(doc, text, width - 2 * PAD);
  doc.text(text, x + PAD, y + (height - h) / 2, { width: width - 2 * PAD, lineGap: LINE_GAP });
}

function drawRow(doc: Doc, layout: Layout, y: number, height: number, labelWidth: number): void {
  for (const { cell, x, width } of layout.cells) {
    doc.rect(x, y, labelWidth, height).fillAndStroke(LABEL_FILL, 'black').fillColor('black');
    doc.rect(x + labelWidth, y, width - labelWidth, height).stroke();
    drawText(doc, cell.label, x, y, labelWidth, height);
    drawText(doc, cell.value, x + labelWidth, y, width - labelWidth, height);
  }
}

/** Starts a new page when `height` does not fit below `y`; returns where to draw. */
function fit(doc: Doc, y: number, height: number): number {
  if (y + height <= BOTTOM) return y;
  doc.addPage();
  return MARGIN;
}

/**
 * Draws sections as one ruled table from `y`, `width` wide; rows grow to fit wrapped text, and when the table is
 * shorter than `minHeight` (the photo beside it) the rows share the rest so both end on one line. Returns the end.
 */
function drawSections(
  doc: Doc,
  sections: readonly Section[],
  x: number,
  y: number,
  width: number,
  minHeight = 0,
): number {
  setFont(doc, 'regular', FONT_SIZE);
  const laid = sections.map((s) => {
    const labelWidth = s.labelWidth ?? LABEL_WIDTH;
    return { section: s, labelWidth, rows: s.rows.map((r) => layoutRow(doc, r, x, width, labelWidth)) };
  });
  const natural = laid.reduce((sum, s) => sum + SECTION_TITLE_HEIGHT + s.rows.reduce((h, r) => h + r.height, 0), 0);
  const rowCount = laid.reduce((n, s) => n + s.rows.length, 0);
  const extra = rowCount > 0 ? Math.max(0, minHeight - natural) / rowCount : 0;
  for (const { section, labelWidth, rows } of laid) {
    // A title is never left alone at the foot of a page.
    y = fit(doc, y, SECTION_TITLE_HEIGHT + (rows[0]?.height ?? 0) + extra);
    setFont(doc, 'bold', FONT_SIZE);
    doc.rect(x, y, width, SECTION_TITLE_HEIGHT).fillAndStroke(TITLE_FILL, 'black').fillColor('black');
    drawText(doc, section.title, x, y, width, SECTION_TITLE_HEIGHT);
    y += SECTION_TITLE_HEIGHT;
    setFont(doc, 'regular', FONT_SIZE);
    for (const row of rows) {
      const height = row.height + extra;
      y = fit(doc, y, height);
      drawRow(doc, row, y, height, labelWidth);
      y += height;
    }
  }
  return y;
}

function drawPhoto(doc: Doc, jpeg: Buffer | null, x: number, y: number): void {
  if (jpeg) {
    doc.image(jpeg, x, y, { fit: [PHOTO_WIDTH, PHOTO_HEIGHT], align: 'center', valign: 'center' });
  } else {
    // No photo yet: a box of the photo's size, to paste a printed one into at the site.
    setFont(doc, 'regular', SUBTITLE_SIZE);
    drawText(doc, '照片', x, y, PHOTO_WIDTH, PHOTO_HEIGHT);
  }
  doc.rect(x, y, PHOTO_WIDTH, PHOTO_HEIGHT).stroke();
}

function drawHeader(doc: Doc, spec: FormSpec): void {
  const number = spec.registrationNumber;
  const digitsSize = 8;
  drawCode(
    doc,
    { bcid: 'code128', text: number, height: 10 },
    MARGIN,
    MARGIN,
    BARCODE_WIDTH,
    BARCODE_HEIGHT - digitsSize - 2,
  );
  setFont(doc, 'regular', digitsSize);
  doc.text(number, MARGIN, MARGIN + BARCODE_HEIGHT - digitsSize - 1, {
    width: BARCODE_WIDTH,
    align: 'center',
    lineBreak: false,
  });
  drawCode(doc, { bcid: 'qrcode', text: number }, PAGE_WIDTH - MARGIN - QR_SIZE, MARGIN, QR_SIZE, QR_SIZE);
  const titleX = MARGIN + BARCODE_WIDTH;
  const titleWidth = CONTENT_WIDTH - BARCODE_WIDTH - QR_SIZE;
  setFont(doc, 'bold', TITLE_SIZE);
  doc.text(spec.title, titleX, MARGIN + 8, { width: titleWidth, align: 'center' });
  setFont(doc, 'regular', SUBTITLE_SIZE);
  doc.text(spec.subtitle, titleX, doc.y + 4, { width: titleWidth, align: 'center' });
}

function drawNotes(doc: Doc, notes: readonly string[], y: number): void {
  setFont(doc, 'regular', FONT_SIZE);
  for (const note of notes) {
    const height = textHeight(doc, note, CONTENT_WIDTH);
    y = fit(doc, y + SECTION_GAP, height);
    doc.text(note, MARGIN, y, { width: CONTENT_WIDTH, lineGap: LINE_GAP });
    y += height;
  }
}

/**
 * Draws a barcode (bwip-js encodes it) as filled shapes of the PDF, scaled to fit the box from its top-left corner:
 * sharp at any printer resolution, and no image to encode, decode and compress again (a PNG of each code cost ~12%
 * of a form's render).
 */
function drawCode(doc: Doc, options: bwipjs.RenderOptions, x: number, y: number, width: number, height: number): void {
  // Shapes drawn since the last fill: a linear code's bars are filled once at the end.
  let pending = false;
  const shape = (draw: () => void) => {
    draw();
    pending = true;
  };
  const fill = () => {
    if (pending) doc.fill('#000000', 'even-odd');
    pending = false;
  };
  doc.save();
  bwipjs.render(options, {
    scale: () => null,
    measure: () => ({ width: 0, ascent: 0, descent: 0 }),
    init(codeWidth, codeHeight) {
      const fit = Math.min(width / codeWidth, height / codeHeight);
      doc.translate(x, y).scale(fit);
    },
    // A bar: a line `lw` wide about its centre, its end points included (as bwip-js rasterises it).
    line: (x0, y0, x1, y1, lw) =>
      shape(() =>
        x0 === x1
          ? doc.rect(x0 - lw / 2, Math.min(y0, y1), lw, Math.abs(y1 - y0) + 1)
          : doc.rect(Math.min(x0, x1), y0 - lw / 2, Math.abs(x1 - x0) + 1, lw),
      ),
    polygon: (points) => shape(() => doc.polygon(...points)),
    hexagon: (points) => shape(() => doc.polygon(...points)),
    ellipse: (cx, cy, rx, ry) => shape(() => doc.ellipse(cx, cy, rx, ry)),
    fill,
    // The digits under the barcode are the form's own text (drawHeader).
    text: () => undefined,
    end() {
      fill();
      doc.restore();
    },
  });
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Draws a form on A4 with the embedded Chinese font subset, the codes, the photo and the tables; resolves the PDF. */
export async function renderForm(spec: FormSpec): Promise<Buffer> {
  const fonts = await loadFonts();
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: spec.title } });
  const done = collect(doc);
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.lineWidth(0.5);

  drawHeader(doc, spec);
  const top = MARGIN + HEADER_HEIGHT;
  const besideWidth = CONTENT_WIDTH - PHOTO_WIDTH - PHOTO_GAP;
  const photoX = MARGIN + besideWidth + PHOTO_GAP;
  // The photo starts under the first section's title bar, level with the first row.
  drawPhoto(doc, spec.photoJpeg, photoX, top + SECTION_TITLE_HEIGHT);
  let y = drawSections(doc, spec.besidePhoto, MARGIN, top, besideWidth, SECTION_TITLE_HEIGHT + PHOTO_HEIGHT);
  for (const section of spec.sections) {
    y = drawSections(doc, [section], MARGIN, y + SECTION_GAP, CONTENT_WIDTH);
  }
  drawNotes(doc, spec.notes, y);
  doc.end();
  return done;
}
