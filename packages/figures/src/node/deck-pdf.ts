/**
 * The slides as one PDF, in pure JavaScript: pdfkit writes the PDF, svg-to-pdfkit draws each slide's SVG
 * into a page as vectors (text stays text: searchable, sharp on any projector), DejaVu Sans embedded (subset)
 * from `dejavu-fonts-ttf`. No browser, no network. Pages are 16:9 at 960 × 540 pt (13.33 × 7.5 in, the
 * widescreen size of presentation programs). Deterministic: the creation date is the report's date (or the
 * epoch), so the same slides give the same bytes.
 */
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { figureFontFiles } from "./fonts.js";

/** PDF page size in points. */
export const DECK_PAGE = { width: 960, height: 540 } as const;

/** Options of {@link deckPdf}. */
export interface DeckPdfOptions {
  /** Document title (PDF metadata). */
  title: string;
  /** Creation date, ISO `YYYY-MM-DD`; `null` = 1970-01-01 (reproducible). */
  date: string | null;
  lang: "de" | "en";
}

/** One PDF page per slide SVG. */
export function deckPdf(slides: readonly string[], options: DeckPdfOptions): Promise<Buffer> {
  const date = new Date(`${options.date ?? "1970-01-01"}T00:00:00Z`);
  const doc = new PDFDocument({
    size: [DECK_PAGE.width, DECK_PAGE.height],
    margin: 0,
    autoFirstPage: false,
    lang: options.lang,
    displayTitle: true,
    info: {
      Title: options.title,
      Creator: "vernetzt",
      Producer: "vernetzt (pdfkit)",
      CreationDate: date,
      ModDate: date,
    },
  });
  const [regular, bold] = figureFontFiles();
  doc.registerFont("figures", regular!);
  doc.registerFont("figures-bold", bold!);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  for (const svg of slides) {
    doc.addPage();
    SVGtoPDF(doc, svg, 0, 0, {
      width: DECK_PAGE.width,
      height: DECK_PAGE.height,
      assumePt: false,
      fontCallback: (_family: string, isBold: boolean) => (isBold ? "figures-bold" : "figures"),
    });
  }
  doc.end();
  return done;
}
