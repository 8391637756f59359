import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as a fake platform received it, for tests to assert on. */
export interface RecordedRequest {
  server: string;
  method: string;
  path: string;
  query: [string, string][];
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A failure to inject into the next matching request:
 * - `status`: answer with this status, body and headers;
 * - `hang`: never answer (the client's timeout must fire);
 * - `destroy`: close the connection without answering;
 * - `malformed`: 200 with a body that is not JSON.
 */
export type Fault =
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  | { kind: 'hang' }
  | { kind: 'destroy' }
  | { kind: 'malformed' };

export interface FaultQueue {
  /** Queues faults for requests whose path starts with `pathPrefix` (all paths if omitted). */
  add(fault: Fault, pathPrefix?: string, times?: number): void;
  /** Takes the first queued fault for this path, if any. */
  take(path: string): Fault | null;
}

export function createFaultQueue(): FaultQueue {
  const queue: { fault: Fault; pathPrefix: string }[] = [];
  return {
    add(fault, pathPrefix = '/', times = 1) {
      for (let i = 0; i < times; i += 1) queue.push({ fault, pathPrefix });
    },
    take(path) {
      const index = queue.findIndex((entry) => path.startsWith(entry.pathPrefix));
      if (index < 0) return null;
      const [entry] = queue.splice(index, 1);
      return entry?.fault ?? null;
    },
  };
}

/** Applies a fault; returns false for faults that do not answer normally. */
export function applyFault(fault: Fault, response: ServerResponse): void {
  switch (fault.kind) {
    case 'status':
      response.writeHead(fault.status, {
        'Content-Type': 'application/json; charset=utf-8',
        ...fault.headers,
      });
      response.end(fault.body ?? '');
      return;
    case 'hang':
      return;
    case 'destroy':
      response.socket?.destroy();
      return;
    case 'malformed':
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      response.end('{"id": "1", "content": "<p>cut off');
      return;
  }
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 with a random port; `close` also drops hanging requests. */
export async function startHttpServer(
  handler: (request: IncomingMessage, response: ServerResponse) => Promise<void> | void,
): Promise<RunningServer> {
  const server = createServer((request, response) => {
    Promise.resolve(handler(request, response)).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: String(error) });
      else response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Records a request in the shape tests assert on. */
export async function recordRequest(
  server: string,
  request: IncomingMessage,
): Promise<RecordedRequest> {
  const url = new URL(request.url ?? '/', 'http://fake');
  return {
    server,
    method: request.method ?? 'GET',
    path: url.pathname,
    query: [...url.searchParams.entries()],
    headers: request.headers,
    body: request.method === 'POST' ? await readBody(request) : '',
  };
}
