import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  applyFault,
  createFaultQueue,
  recordRequest,
  startHttpServer,
  type Fault,
  type RecordedRequest,
} from './fakeHttp';

/**
 * A local feed host (Google Alerts, Reddit, a news site): serves feed bytes with a strong
 * ETag and Last-Modified and answers conditional GETs with 304, as real feed hosts do.
 * Plain Node: no test framework imports.
 */
export interface FeedDocument {
  body: string | Uint8Array;
  /** Sent as is; omit the charset to reproduce undeclared Latin-1 feeds. */
  contentType: string;
  lastModified?: string;
}

export interface FakeFeedServer {
  url: string;
  requests: RecordedRequest[];
  /** Publishes (or replaces) the document at a path. */
  publish(path: string, document: FeedDocument): void;
  fail(fault: Fault, pathPrefix?: string, times?: number): void;
  close(): Promise<void>;
}

export async function startFakeFeedServer(): Promise<FakeFeedServer> {
  const documents = new Map<string, FeedDocument>();
  const faults = createFaultQueue();
  const requests: RecordedRequest[] = [];

  const handler = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const recorded = await recordRequest('feed', request);
    requests.push(recorded);
    const fault = faults.take(recorded.path);
    if (fault) return applyFault(fault, response);
    const document = documents.get(recorded.path);
    if (!document) {
      response.writeHead(404, { 'Content-Type': 'text/html' });
      response.end('<html><body>Not found</body></html>');
      return;
    }
    const bytes =
      typeof document.body === 'string'
        ? Buffer.from(document.body, 'utf8')
        : Buffer.from(document.body);
    const etag = `"${createHash('sha1').update(bytes).digest('hex').slice(0, 16)}"`;
    const lastModified = document.lastModified ?? 'Mon, 02 Mar 2026 07:41:15 GMT';
    const headers = { ETag: etag, 'Last-Modified': lastModified, 'Cache-Control': 'max-age=300' };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': document.contentType });
    response.end(bytes);
  };
  const server = await startHttpServer(handler);
  return {
    url: server.url,
    requests,
    publish: (path, document) => documents.set(path, document),
    fail: (fault, pathPrefix, times) => faults.add(fault, pathPrefix, times),
    close: () => server.close(),
  };
}
