import { buildAttachmentDisposition } from '@/server/http/build-attachment-disposition';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function respondWithDocx(buffer: Buffer, name: string): Response {
  return new Response(new Uint8Array(buffer), {
    headers: { 'content-type': docxType, 'content-disposition': buildAttachmentDisposition(name, 'docx'), 'cache-control': 'no-store' },
  });
}
