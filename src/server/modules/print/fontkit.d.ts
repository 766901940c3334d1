// fontkit (pdfkit's own font parser) ships no types. Only what the print module uses is declared: a parsed font that
// pdfkit accepts as a font source, so one parse serves every document instead of one parse per document.
declare module 'fontkit' {
  export interface Font {
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array): Font;
}

declare namespace PDFKit.Mixins {
  interface PDFFont {
    // pdfkit 0.20 takes an already parsed fontkit font (PDFFontFactory.open checks for `layout`); @types/pdfkit omits it.
    registerFont(name: string, src: import('fontkit').Font): this;
  }
}
