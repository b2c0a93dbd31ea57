/** A Content-Disposition for a download: a safe ASCII file name, with the UTF-8 name beside it for browsers that read it. */
export function buildAttachmentDisposition(name: string, extension: string, fallback = 'zero-draft'): string {
  const base =
    name
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || fallback;
  const ascii = base.normalize('NFKD').replace(/[^\x20-\x7e]/g, '');
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encodeURIComponent(base)}.${extension}`;
}
