const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Safe ASCII file name for the download, with the UTF-8 name beside it for browsers that read it. */
export function respondWithDocx(buffer: Buffer, name: string): Response {
  const base =
    name
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'zero-draft';
  const ascii = base.normalize('NFKD').replace(/[^\x20-\x7e]/g, '');
  return new Response(new Uint8Array(buffer), {
    headers: {
      'content-type': docxType,
      'content-disposition': `attachment; filename="${ascii}.docx"; filename*=UTF-8''${encodeURIComponent(base)}.docx`,
      'cache-control': 'no-store',
    },
  });
}
