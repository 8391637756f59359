import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { dispatch } from '../dispatch';
import type { Luister } from '../luister';
import type { RecordingNotifier } from './recordingNotifier';
import { readRendererFile } from './staticFiles';
import { MAX_WIRE_MESSAGE_BYTES, wireCallSchema } from './wireProtocol';

export interface WebShellServerOptions {
  luister: Luister;
  notifier: RecordingNotifier;
  rendererDir: string;
  token: string;
  port: number;
}

export interface WebShellServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the contract over a WebSocket on 127.0.0.1 only. The
 * socket needs the per-run token and a same-origin Origin header, so neither another
 * local user nor a web page open in the user's browser can drive Luister.
 */
export async function startWebShellServer(options: WebShellServerOptions): Promise<WebShellServer> {
  const server = createServer((request, response) => {
    handleHttp(request, response, options, origin).catch((error: unknown) => {
      console.error('[luister] web shell request failed:', error);
      response.writeHead(500).end();
    });
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_WIRE_MESSAGE_BYTES });
  let origin = '';
  server.on('upgrade', (request, socket, head) => {
    const refusal = refuseReason(request, options.token, origin);
    if (refusal) return refuse(socket, refusal.status, refusal.reason);
    sockets.handleUpgrade(request, socket, head, (ws) => serveSocket(ws, options.luister));
  });
  await listen(server, options.port);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${options.token}`,
    close: () => {
      for (const client of sockets.clients) client.terminate();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function serveSocket(ws: WebSocket, luister: Luister): void {
  const unsubscribe = luister.events.subscribe((event, payload) =>
    ws.send(JSON.stringify({ event, payload })),
  );
  ws.on('close', unsubscribe);
  ws.on('message', (data) => {
    let parsed: ReturnType<typeof wireCallSchema.safeParse>;
    try {
      parsed = wireCallSchema.safeParse(
        JSON.parse(
          Buffer.isBuffer(data)
            ? data.toString('utf8')
            : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]).toString('utf8'),
        ),
      );
    } catch {
      return ws.close(1003, 'Messages must be JSON');
    }
    if (!parsed.success) return ws.close(1003, 'Malformed call');
    const { id, call, input } = parsed.data;
    void dispatch(luister.handlers, call, input).then((result) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id, result }));
    });
  });
}

function refuseReason(
  request: IncomingMessage,
  token: string,
  origin: string,
): { status: number; reason: string } | null {
  const url = new URL(request.url ?? '/', origin);
  if (url.pathname !== '/ws')
    return { status: 404, reason: 'No WebSocket here; the contract lives at /ws.' };
  if (!sameToken(url.searchParams.get('token') ?? '', token))
    return { status: 401, reason: 'Missing or wrong session token.' };
  if (request.headers.origin !== origin)
    return {
      status: 403,
      reason: `Origin ${request.headers.origin ?? '(none)'} is not allowed; only ${origin} may connect.`,
    };
  return null;
}

function refuse(socket: Duplex, status: number, reason: string): void {
  const text = status === 401 ? 'Unauthorized' : status === 403 ? 'Forbidden' : 'Not Found';
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(reason)}\r\nConnection: close\r\n\r\n${reason}`,
  );
}

async function handleHttp(
  request: IncomingMessage,
  response: ServerResponse,
  options: WebShellServerOptions,
  origin: string,
): Promise<void> {
  const url = new URL(request.url ?? '/', origin);
  if (url.pathname.startsWith('/__luister/'))
    return handleTestHooks(url, request, response, options);
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return void response.writeHead(405).end();
  const file = await readRendererFile(options.rendererDir, url.pathname);
  if (!file) return void response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  response.writeHead(200, {
    'Content-Type': file.type,
    'Content-Security-Policy': contentSecurityPolicy(origin),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cache-Control': file.type.startsWith('text/html') ? 'no-store' : 'max-age=3600',
  });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

/** Alert record and notification clicks, for tests and support; token required. */
function handleTestHooks(
  url: URL,
  request: IncomingMessage,
  response: ServerResponse,
  options: WebShellServerOptions,
): void {
  if (!sameToken(url.searchParams.get('token') ?? '', options.token))
    return void response.writeHead(401).end('Missing or wrong session token.');
  const json = (status: number, body: unknown): void => {
    response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  };
  if (url.pathname === '/__luister/notifications' && request.method === 'GET')
    return json(200, options.notifier.record);
  if (url.pathname === '/__luister/notifications/click' && request.method === 'POST') {
    const clicked = options.notifier.click(url.searchParams.get('mentionId') ?? '');
    return json(clicked ? 200 : 404, { clicked });
  }
  json(404, { error: 'unknown hook' });
}

/** Scripts only from the shell itself; no inline or eval'd code, no frames, no plugins. */
export function contentSecurityPolicy(origin: string): string {
  const ws = origin.replace(/^http/, 'ws');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${ws}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}
