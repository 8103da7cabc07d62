// A stand-in for cbp.gov on 127.0.0.1, for `data update` tests: it serves the recorded page shapes
// in test/fixtures/cbp-pages and the CSV files they link (the official files in ../shared/sources,
// plus synthetic ones a test adds), and misbehaves on demand as the real site can: a 403 bot wall,
// a 5xx, a body that stalls, a body cut short, a wrong content type, other bytes than the name says.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCES } from './datasets.js';

const PAGES_DIR = fileURLToPath(new URL('../fixtures/cbp-pages', import.meta.url));

/** The pages, by their path on the site. */
export const PAGE_PATHS = {
  encounters: '/document/stats/nationwide-encounters',
  southwest: '/document/stats/southwest-land-border-encounters',
  drugs: '/document/stats/nationwide-drug-seizures',
  amo: '/document/stats/amo-drug-seizures',
} as const;

export type Misbehaviour =
  /** Answer with this status (`times` requests, then behave); 5xx may carry Retry-After. */
  | { status: number; times?: number; retryAfter?: string }
  /** Send the headers and half the body, then nothing more (the connection stays open). */
  | { stall: true }
  /** Promise the whole body (Content-Length), send half, then close the connection. */
  | { truncate: true; times?: number }
  /** Serve this content type (and body, if given) instead. */
  | { contentType: string; body?: string }
  /** Serve these bytes under the requested name. */
  | { bytes: Buffer }
  /** Answer 301 to this path. */
  | { redirect: string };

export interface SiteRequest {
  path: string;
  userAgent: string | undefined;
}

export class CbpSite {
  readonly requests: SiteRequest[] = [];
  private readonly pages = new Map<string, string>();
  private readonly extraFiles = new Map<string, Buffer>();
  private readonly misbehaviours = new Map<string, Misbehaviour>();
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server, readonly base: string) {}

  /** On `port` (0: any free one); over HTTPS when given a key and certificate. */
  static async start(port = 0, tls?: { key: Buffer; cert: Buffer }): Promise<CbpSite> {
    let site: CbpSite | undefined;
    const answer = (request: IncomingMessage, response: ServerResponse) => site!.answer(request, response);
    const server: Server = tls ? createTlsServer(tls, answer) : createServer(answer);
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    site = new CbpSite(server, `${tls ? 'https' : 'http'}://127.0.0.1:${address.port}`);
    server.on('connection', (socket: Socket) => {
      site!.sockets.add(socket);
      socket.on('close', () => site!.sockets.delete(socket));
    });
    site.reset();
    return site;
  }

  /** Back to the recorded pages, no extra files, no misbehaviour, no request log. */
  reset(): void {
    this.pages.clear();
    for (const [name, path] of Object.entries(PAGE_PATHS)) {
      this.pages.set(path, readFileSync(join(PAGES_DIR, `${pageFile(name as keyof typeof PAGE_PATHS)}.html`), 'utf8'));
    }
    this.extraFiles.clear();
    this.misbehaviours.clear();
    this.requests.length = 0;
  }

  page(path: string): string {
    return this.pages.get(path)!;
  }

  setPage(path: string, html: string): void {
    this.pages.set(path, html);
  }

  /** A CSV the site serves under `/sites/default/files/<any folder>/<name>`. */
  addFile(name: string, bytes: Buffer): void {
    this.extraFiles.set(name, bytes);
  }

  /** Misbehave on requests for this path (a page's path, or a CSV's file name). */
  misbehave(pathOrFile: string, misbehaviour: Misbehaviour): void {
    this.misbehaviours.set(pathOrFile, misbehaviour);
  }

  requestsFor(pathOrFile: string): SiteRequest[] {
    return this.requests.filter((request) => request.path === pathOrFile || request.path.endsWith(`/${pathOrFile}`));
  }

  url(path: string): string {
    return `${this.base}${path}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    const path = new URL(request.url ?? '/', this.base).pathname;
    this.requests.push({ path, userAgent: request.headers['user-agent'] });
    const fileName = path.slice(path.lastIndexOf('/') + 1);
    const page = this.pages.get(path);
    const body = page !== undefined ? Buffer.from(page) : path.startsWith('/sites/default/files/') ? this.fileBytes(fileName) : undefined;
    const contentType = page !== undefined ? 'text/html; charset=UTF-8' : 'text/csv';
    const misbehaviour = this.misbehaviours.get(path) ?? this.misbehaviours.get(fileName);
    if (misbehaviour && this.misbehaveOn(misbehaviour, response, body ?? Buffer.alloc(0), contentType)) return;
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Page Not Found</h1>');
      return;
    }
    response.writeHead(200, { 'content-type': contentType, 'content-length': body.length }).end(body);
  }

  /** True when it answered; misbehaviours with `times` behave again once used up. */
  private misbehaveOn(misbehaviour: Misbehaviour, response: ServerResponse, body: Buffer, contentType: string): boolean {
    if ('times' in misbehaviour && misbehaviour.times !== undefined) {
      if (misbehaviour.times <= 0) return false;
      misbehaviour.times -= 1;
    }
    if ('status' in misbehaviour) {
      const headers: Record<string, string> = { 'content-type': 'text/html' };
      if (misbehaviour.retryAfter !== undefined) headers['retry-after'] = misbehaviour.retryAfter;
      response.writeHead(misbehaviour.status, headers).end(misbehaviour.status === 403 ? '<h1>Access Denied</h1>' : '<h1>Error</h1>');
      return true;
    }
    if ('stall' in misbehaviour) {
      response.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
      response.write(body.subarray(0, body.length >> 1));
      return true;
    }
    if ('truncate' in misbehaviour) {
      response.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
      response.write(body.subarray(0, body.length >> 1), () => response.socket?.destroy());
      return true;
    }
    if ('redirect' in misbehaviour) {
      response.writeHead(301, { location: misbehaviour.redirect }).end();
      return true;
    }
    if ('contentType' in misbehaviour) {
      const replaced = misbehaviour.body === undefined ? body : Buffer.from(misbehaviour.body);
      response.writeHead(200, { 'content-type': misbehaviour.contentType, 'content-length': replaced.length }).end(replaced);
      return true;
    }
    response.writeHead(200, { 'content-type': contentType, 'content-length': misbehaviour.bytes.length }).end(misbehaviour.bytes);
    return true;
  }

  private fileBytes(name: string): Buffer | undefined {
    const extra = this.extraFiles.get(name);
    if (extra) return extra;
    for (const folder of readdirSync(SOURCES)) {
      const path = join(SOURCES, folder, name);
      if (existsSync(path)) return readFileSync(path);
    }
    return undefined;
  }
}

function pageFile(name: keyof typeof PAGE_PATHS): string {
  return PAGE_PATHS[name].slice(PAGE_PATHS[name].lastIndexOf('/') + 1);
}
