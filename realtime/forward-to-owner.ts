import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import type { Duplex } from 'node:stream';
import type { DraftOwner } from '@/lib/persistence/draft-persistence';

/** Marks a request one process passed to another, so a disagreement about the owner never loops. */
export const forwardedHeader = 'x-zero-draft-forwarded-by';

export function isForwarded(request: IncomingMessage): boolean {
  return request.headers[forwardedHeader] !== undefined;
}

/**
 * Hands a WebSocket upgrade to the process that owns the draft: the request is
 * replayed to it unchanged (it checks the ticket itself) and the two sockets are
 * joined, so the browser talks to the owner through this process.
 */
export function proxyUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, owner: DraftOwner, self: string): void {
  const target = new URL(owner.nodeUrl);
  const upstream = connect(Number(target.port || 80), target.hostname, () => {
    const lines = [`${request.method} ${request.url} HTTP/1.1`];
    for (let i = 0; i < request.rawHeaders.length; i += 2) lines.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
    lines.push(`${forwardedHeader}: ${self}`);
    upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
    if (head.length > 0) upstream.write(head);
    upstream.pipe(socket);
    socket.pipe(upstream);
  });
  upstream.setNoDelay(true);
  upstream.on('error', () => socket.destroy());
  socket.on('error', () => upstream.destroy());
  socket.on('close', () => upstream.destroy());
  upstream.on('close', () => socket.destroy());
}

/** Passes an HTTP request (its body already read) to the owner and its answer back; 503 when the owner cannot be reached. */
export function forwardRequest(request: IncomingMessage, body: Buffer, response: ServerResponse, owner: DraftOwner, self: string): void {
  const upstream = httpRequest(
    new URL(request.url ?? '/', owner.nodeUrl),
    {
      method: request.method,
      headers: { ...request.headers, [forwardedHeader]: self, 'content-length': String(body.length) },
      timeout: 30_000,
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('timeout', () => upstream.destroy(new Error('timed out')));
  upstream.on('error', (error) => {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    response
      .writeHead(503, { 'Content-Type': 'text/plain' })
      .end(`The realtime server that holds this draft (${owner.nodeId}) could not be reached: ${error.message}\n`);
  });
  upstream.end(body);
}
