import { buildAttachmentDisposition } from '@/server/http/build-attachment-disposition';

export function respondWithPdf(buffer: Buffer, name: string): Response {
  return new Response(new Uint8Array(buffer), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': buildAttachmentDisposition(name, 'pdf'),
      'cache-control': 'no-store',
    },
  });
}
