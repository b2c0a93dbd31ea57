import { Readable } from 'node:stream';
import { requireNegotiationAccess } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { buildAttachmentDisposition } from '@/server/http/build-attachment-disposition';
import { respondWithError } from '@/server/http/respond-with-error';
import { streamNegotiationArchive } from '@/server/negotiations/stream-negotiation-archive';

/** GET: the negotiation's record as a .zip (facilitator and secretariat), filtered by the reader's delegation. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { user, access } = await requireNegotiationAccess(id, 'negotiation:archive-download');
    const { stream, title } = await streamNegotiationArchive(getDb(), user, access);
    return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
      headers: {
        'content-type': 'application/zip',
        'content-disposition': buildAttachmentDisposition(title, 'zip', 'zero-draft-archive'),
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    return respondWithError(error);
  }
}
