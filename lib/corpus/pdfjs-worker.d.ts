// pdf.js ships no types for its worker module; the reader only hands the module to pdf.js, which knows its shape.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
