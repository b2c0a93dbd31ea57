import type { IncomingMessage, ServerResponse } from 'node:http';
import { realtimeSignalHeader, verifyRealtimeSignal } from '@/lib/auth/realtime-token';

export function answerSignal(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(`${JSON.stringify(body)}\n`);
}

/**
 * Reads a signal the web app sent with the shared secret's signature: a body over maxBytes answers 413, a bad or
 * missing signature (or no secret here) 401; only a signed body reaches onSigned, with its signature for passing on.
 */
export function readSignedSignal(
  request: IncomingMessage,
  response: ServerResponse,
  options: { secret: string | undefined; maxBytes: number },
  onSigned: (text: string, signature: string) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > options.maxBytes) {
      answerSignal(response, 413, { error: 'Signal too large.' });
      request.destroy();
      return;
    }
    chunks.push(chunk);
  });
  request.on('end', () => {
    if (response.headersSent) return;
    const text = Buffer.concat(chunks).toString('utf8');
    const signature = request.headers[realtimeSignalHeader];
    if (!options.secret || typeof signature !== 'string' || !verifyRealtimeSignal(text, signature, options.secret)) {
      answerSignal(response, 401, { error: 'Bad signal signature.' });
      return;
    }
    onSigned(text, signature);
  });
}
