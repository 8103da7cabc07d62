// The download client in-process, against small servers on 127.0.0.1: redirects, retries and their
// delays (recorded, not waited for), what is never retried, limits, progress.
import { createServer, type RequestListener, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { DownloadFailure, HttpClient, type HttpSettings } from '../../src/update/http-client.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  })));
});

async function serve(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}

function client(settings: Partial<HttpSettings> = {}): { http: HttpClient; waits: number[] } {
  const waits: number[] = [];
  const http = new HttpClient({
    userAgent: 'border-facts/test', timeoutMs: 2000, maxBytes: 1_000_000, retries: 3, env: {},
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...settings,
  });
  return { http, waits };
}

async function failure(promise: Promise<unknown>): Promise<DownloadFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DownloadFailure) return error;
    throw error;
  }
  throw new Error('no failure');
}

describe('HttpClient', () => {
  it('follows redirects to the file and names itself in every request', async () => {
    const agents: (string | undefined)[] = [];
    const base = await serve((request, response) => {
      agents.push(request.headers['user-agent']);
      if (request.url === '/old') response.writeHead(301, { location: '/new' }).end();
      else response.writeHead(200, { 'content-type': 'text/csv' }).end('a,b\n1,2\n');
    });
    const { http } = client();
    const got = await http.get(`${base}/old`);
    await http.close();
    expect(got).toMatchObject({ url: `${base}/new`, contentType: 'text/csv' });
    expect(got.bytes.toString()).toBe('a,b\n1,2\n');
    expect(agents).toEqual(['border-facts/test', 'border-facts/test']);
  });

  it('backs off 1 s, 2 s, 4 s after dropped connections, then says how many tries it made', async () => {
    let requests = 0;
    const base = await serve((request, response) => {
      requests++;
      response.writeHead(200, { 'content-length': '100' });
      response.write('only part', () => response.socket?.destroy());
    });
    const { http, waits } = client();
    const failed = await failure(http.get(`${base}/f.csv`));
    await http.close();
    expect(requests).toBe(4);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(failed.reason).toMatch(/^the download was cut short at 9 of 100 bytes: .*, after 4 tries$/);
  });

  it('waits as Retry-After says on 503 and 429', async () => {
    const statuses = [503, 429, 200];
    const base = await serve((request, response) => {
      const status = statuses.shift()!;
      response.writeHead(status, status === 200 ? {} : { 'retry-after': '7' }).end('ok');
    });
    const { http, waits } = client();
    expect((await http.get(`${base}/f.csv`)).bytes.toString()).toBe('ok');
    await http.close();
    expect(waits).toEqual([7000, 7000]);
  });

  it.each([[403, 'HTTP 403 Forbidden'], [404, 'HTTP 404 Not Found'], [410, 'HTTP 410 Gone']])('never asks again after %i', async (status, reason) => {
    let requests = 0;
    const base = await serve((request, response) => {
      requests++;
      response.writeHead(status).end();
    });
    const { http, waits } = client();
    const failed = await failure(http.get(`${base}/f.csv`));
    await http.close();
    expect([requests, waits, failed.reason, failed.status]).toEqual([1, [], reason, status]);
  });

  it('does not ask a closed port again', async () => {
    const { http, waits } = client();
    const failed = await failure(http.get('http://127.0.0.1:9/f.csv'));
    await http.close();
    expect([failed.reason, failed.retryable, waits]).toEqual(['connection refused (ECONNREFUSED)', false, []]);
  });

  it('stops a body without Content-Length once it passes the size limit', async () => {
    const base = await serve((request, response) => {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.write(Buffer.alloc(600, 'a'));
      response.end(Buffer.alloc(600, 'b'));
    });
    const { http } = client({ maxBytes: 1000 });
    const failed = await failure(http.get(`${base}/big.csv`));
    await http.close();
    const [, received] = /^has more than ([\d,]+) bytes, over the limit of 1,000 \(--max-size\)$/.exec(failed.reason) ?? [];
    expect(Number(received?.replace(/,/g, ''))).toBeGreaterThan(1000);
    expect(failed.retryable).toBe(false);
  });

  it('gives up on a server that never answers, after the timeout', async () => {
    const base = await serve(() => {});
    const { http } = client({ timeoutMs: 200, retries: 0 });
    const failed = await failure(http.get(`${base}/f.csv`));
    await http.close();
    expect(failed.reason).toBe('timed out: nothing arrived for 0.2 s');
  });

  it('refuses a content type before reading the body, and reports bytes as they come', async () => {
    const base = await serve((request, response) => {
      if (request.url === '/page') response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF');
      else response.writeHead(200, { 'content-type': 'text/csv', 'content-length': '6' }).end('a,b\n1\n');
    });
    const { http } = client();
    const refused = await failure(http.get(`${base}/page`, { refuseContentType: (type) => (type === 'application/pdf' ? 'a PDF' : undefined) }));
    const progress: [number, number | undefined][] = [];
    await http.get(`${base}/f.csv`, { onProgress: ({ received, total }) => progress.push([received, total]) });
    await http.close();
    expect([refused.reason, refused.retryable]).toEqual(['a PDF', false]);
    expect(progress.at(-1)).toEqual([6, 6]);
  });
});
