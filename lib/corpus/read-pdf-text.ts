import { CorpusParseError } from './corpus-parse-error';
import { layOutPdfText, type PdfTextRun } from './lay-out-pdf-text';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js in Node parses on the calling thread ("fake worker"); handing it the worker module up front spares it
 * resolving a worker file by URL, which fails once the code runs from another folder or bundle.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

function describeFailure(name: string, error: unknown): CorpusParseError {
  const kind = error instanceof Error ? error.name : '';
  if (kind === 'PasswordException')
    return new CorpusParseError(
      `${name} is protected by a password (encrypted), so its text cannot be read. Save an unprotected copy and import that.`,
      1,
      'pdf-encrypted',
      { name },
    );
  const detail = error instanceof Error ? error.message : String(error);
  return new CorpusParseError(
    `${name} is not a readable PDF file (${detail}). Export it again from its original, or import the Word file.`,
    1,
    'pdf-unreadable',
    { name, detail },
  );
}

/**
 * The text of a PDF laid out as pdftotext would give it (see `layOutPdfText`), for the reader of PDF text. Nothing
 * is fetched, no fonts are loaded and no script in the file runs. A damaged or encrypted file, or one whose pages
 * are images only (a scan), raises `CorpusParseError` with a message for the user.
 */
export async function readPdfText(content: Uint8Array, name: string): Promise<string> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of the bytes it is given: it gets a copy, so the caller's buffer stays whole.
  const task = pdfjs.getDocument({
    data: new Uint8Array(content),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw describeFailure(name, error);
  }
  try {
    const pages: PdfTextRun[][] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const runs: PdfTextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        // Turned text (a margin stamp, a vertical job number) is not part of the reading order.
        if (Math.abs(b!) > 0.01 * Math.abs(a!) || Math.abs(c!) > 0.01 * Math.abs(d!)) continue;
        runs.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.abs(d!) });
      }
      pages.push(runs);
      page.cleanup();
    }
    if (pages.every((runs) => runs.every((run) => run.text.trim() === ''))) {
      throw new CorpusParseError(
        `${name} has no text to read: its pages are images only (a scan?). Run text recognition (OCR) on it first, or import the original Word file.`,
        1,
        'pdf-images-only',
        { name },
      );
    }
    return layOutPdfText(pages);
  } catch (error) {
    if (error instanceof CorpusParseError) throw error;
    throw describeFailure(name, error);
  } finally {
    await document.destroy();
  }
}
