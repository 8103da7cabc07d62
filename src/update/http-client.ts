// Downloads for `data update`, honest about the network: the proxy the environment names
// (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, via undici; Node 20's fetch ignores them), a User-Agent
// naming the tool, a limit on how long any wait for bytes may last and on how many bytes
// a file may have, redirects followed, and retries with backoff on transient failures as curl
// counts them (5xx, 408, 429, a timeout, a dropped connection, a download cut short), never on
// 403 or 404 (a bot wall will not change its mind by being asked again) nor on a refused
// connection or an unknown host.
import { EnvHttpProxyAgent, request, type Dispatcher } from 'undici';
import { formatCount } from '../domain/words.js';

export interface HttpSettings {
  userAgent: string;
  /** The longest wait for any bytes (connection, headers, each part of the body). */
  timeoutMs: number;
  /** The most bytes a response body may have. */
  maxBytes: number;
  /** How many times a failed request is tried again (5xx, network failure, timeout, cut short). */
  retries: number;
  /** Proxy settings are read from here (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, in either case). */
  env: NodeJS.ProcessEnv;
  /** Waits between tries; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
}

export interface Downloaded {
  url: string;
  bytes: Buffer;
  contentType: string;
}

export interface DownloadProgress {
  url: string;
  received: number;
  /** From Content-Length; undefined when the server does not say. */
  total: number | undefined;
}

export interface GetOptions {
  /** Says why a Content-Type is refused (checked before the body is read), or undefined to accept it. */
  refuseContentType?: (contentType: string) => string | undefined;
  onProgress?: (progress: DownloadProgress) => void;
}

/** Why a download failed, in words for the user; `retryable` failures were tried again first. */
export class DownloadFailure extends Error {
  override readonly name = 'DownloadFailure';
  constructor(readonly url: string, readonly reason: string, readonly retryable: boolean, readonly status?: number) {
    super(`${url}: ${reason}`);
  }
}

const MAX_REDIRECTS = 5;
const BACKOFF_MS = 1000;
const MAX_RETRY_AFTER_MS = 60_000;

export class HttpClient {
  /** One dispatcher per scheme: HTTPS_PROXY serves https addresses only, HTTP_PROXY http ones, as curl has it. */
  private readonly dispatchers: Record<'http:' | 'https:', Dispatcher>;

  constructor(private readonly settings: HttpSettings) {
    const { env } = settings;
    const noProxy = env.no_proxy ?? env.NO_PROXY ?? '';
    this.dispatchers = {
      'http:': proxyDispatcher(env.http_proxy ?? env.HTTP_PROXY ?? '', noProxy),
      'https:': proxyDispatcher(env.https_proxy ?? env.HTTPS_PROXY ?? '', noProxy),
    };
  }

  /** GETs `url`, trying again after retryable failures; throws DownloadFailure. */
  async get(url: string, options: GetOptions = {}): Promise<Downloaded> {
    const sleep = this.settings.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.getOnce(url, options);
      } catch (error) {
        const failure = error instanceof DownloadFailure ? error : networkFailure(url, error);
        if (!failure.retryable || attempt >= this.settings.retries) {
          if (attempt === 0 || !failure.retryable) throw failure;
          throw new DownloadFailure(failure.url, `${failure.reason}, after ${attempt + 1} tries`, true, failure.status);
        }
        await sleep((failure as RetryLater).retryAfterMs ?? BACKOFF_MS * 2 ** attempt);
      }
    }
  }

  async close(): Promise<void> {
    await Promise.all(Object.values(this.dispatchers).map((dispatcher) => dispatcher.close()));
  }

  private async getOnce(first: string, options: GetOptions): Promise<Downloaded> {
    let url = first;
    for (let redirects = 0; ; redirects++) {
      const idle = new IdleTimer(this.settings.timeoutMs);
      let response: Dispatcher.ResponseData;
      try {
        response = await request(url, {
          dispatcher: this.dispatchers[new URL(url).protocol === 'https:' ? 'https:' : 'http:'],
          method: 'GET',
          headers: { 'user-agent': this.settings.userAgent, accept: '*/*' },
          signal: idle.signal,
          // The idle timer below is the one limit; these only keep undici's own from firing first.
          headersTimeout: this.settings.timeoutMs + 1000,
          bodyTimeout: this.settings.timeoutMs + 1000,
        });
      } catch (error) {
        idle.stop();
        throw idle.fired ? timedOut(url, 0, this.settings.timeoutMs) : networkFailure(url, error);
      }
      const { statusCode, headers, body } = response;
      const location = header(headers, 'location');
      if (statusCode >= 300 && statusCode < 400 && location !== undefined) {
        idle.stop();
        discard(body);
        if (redirects >= MAX_REDIRECTS) throw new DownloadFailure(first, `more than ${MAX_REDIRECTS} redirects`, false);
        url = new URL(location, url).href;
        continue;
      }
      if (statusCode < 200 || statusCode >= 300) {
        idle.stop();
        discard(body);
        throw statusFailure(url, statusCode, header(headers, 'retry-after'));
      }
      const contentType = header(headers, 'content-type') ?? '';
      const refusal = options.refuseContentType?.(contentType);
      if (refusal !== undefined) {
        idle.stop();
        discard(body);
        throw new DownloadFailure(url, refusal, false);
      }
      const declared = header(headers, 'content-length');
      const total = declared !== undefined && /^\d+$/.test(declared) ? Number(declared) : undefined;
      if (total !== undefined && total > this.settings.maxBytes) {
        idle.stop();
        discard(body);
        throw tooLarge(url, total, this.settings.maxBytes, 'is');
      }
      return { url, bytes: await this.readBody(url, body, total, idle, options), contentType };
    }
  }

  private async readBody(url: string, body: Dispatcher.ResponseData['body'], total: number | undefined, idle: IdleTimer, options: GetOptions): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let received = 0;
    try {
      for await (const chunk of body) {
        const part = chunk as Buffer;
        received += part.length;
        if (received > this.settings.maxBytes) {
          discard(body);
          throw tooLarge(url, received, this.settings.maxBytes, 'has more than');
        }
        chunks.push(part);
        idle.restart();
        options.onProgress?.({ url, received, total });
      }
    } catch (error) {
      if (error instanceof DownloadFailure) throw error;
      if (idle.fired) throw timedOut(url, received, this.settings.timeoutMs);
      throw cutShort(url, received, total, error);
    } finally {
      idle.stop();
    }
    // undici checks this too; a server that closes early must never pass for a whole file.
    if (total !== undefined && received !== total) throw cutShort(url, received, total, undefined);
    return Buffer.concat(chunks, received);
  }
}

/** Aborts when no bytes arrive for `ms`: a stalled connection, whatever stage it stalls in. */
class IdleTimer {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  fired = false;

  constructor(private readonly ms: number) {
    this.restart();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  restart(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.fired = true;
      this.controller.abort();
    }, this.ms);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

interface RetryLater {
  retryAfterMs?: number;
}

function statusFailure(url: string, status: number, retryAfter: string | undefined): DownloadFailure {
  const reason = `HTTP ${status}${STATUS_WORDS[status] ? ` ${STATUS_WORDS[status]}` : ''}`;
  if (status >= 500 || status === 408 || status === 429) {
    const failure = new DownloadFailure(url, reason, true, status) as DownloadFailure & RetryLater;
    // Retry-After in seconds (a date is rare, and then the usual backoff serves).
    if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim())) failure.retryAfterMs = Math.min(Number(retryAfter) * 1000, MAX_RETRY_AFTER_MS);
    return failure;
  }
  return new DownloadFailure(url, reason, false, status);
}

const STATUS_WORDS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 408: 'Request Timeout', 410: 'Gone', 429: 'Too Many Requests',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

function timedOut(url: string, received: number, ms: number): DownloadFailure {
  const reason = received > 0 ? `timed out at ${formatCount(received)} bytes: nothing more arrived for ${seconds(ms)}` : `timed out: nothing arrived for ${seconds(ms)}`;
  return new DownloadFailure(url, reason, true);
}

function cutShort(url: string, received: number, total: number | undefined, error: unknown): DownloadFailure {
  const of = total !== undefined ? ` of ${formatCount(total)}` : '';
  const why = error === undefined ? '' : `: ${networkReason(error)}`;
  return new DownloadFailure(url, `the download was cut short at ${formatCount(received)}${of} bytes${why}`, true);
}

function tooLarge(url: string, bytes: number, limit: number, verb: string): DownloadFailure {
  return new DownloadFailure(url, `${verb} ${formatCount(bytes)} bytes, over the limit of ${formatCount(limit)} (--max-size)`, false);
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** A failure below HTTP; refused connections and unknown hosts stay so when asked again. */
function networkFailure(url: string, error: unknown): DownloadFailure {
  const code = systemCode(error);
  return new DownloadFailure(url, networkReason(error), !LASTING.includes(code));
}

const LASTING = ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_TLS_CERT_ALTNAME_INVALID', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'CERT_HAS_EXPIRED'];

function systemCode(error: unknown): string {
  const { code, cause } = (error ?? {}) as { code?: string; cause?: { code?: string } };
  return cause?.code ?? code ?? '';
}

/** "connection refused (ECONNREFUSED)": the system's code, in words where we know them. */
function networkReason(error: unknown): string {
  const code = systemCode(error);
  const { message, cause } = (error ?? {}) as { message?: string; cause?: { message?: string } };
  const known = NETWORK_WORDS[code];
  if (known) return `${known} (${code})`;
  const words = cause?.message ?? message ?? String(error);
  return code ? `${words} (${code})` : words;
}

const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'the server closed the connection',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
};

/** Drops a body not wanted; undici reports the abort as an error event, which nobody else would catch. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => {});
  body.destroy();
}

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * undici's EnvHttpProxyAgent reads NO_PROXY as curl does; given one proxy (or '' for none) for
 * both schemes, it never falls back from HTTPS_PROXY to HTTP_PROXY (undici's own default).
 */
function proxyDispatcher(proxy: string, noProxy: string): Dispatcher {
  return withoutWarning('UNDICI-EHPA', () => new EnvHttpProxyAgent({ httpProxy: proxy, httpsProxy: proxy, noProxy }));
}

/** undici 6 warns that EnvHttpProxyAgent is experimental (stable in undici 7, which needs Node 20.18): not the user's concern. */
function withoutWarning<T>(code: string, make: () => T): T {
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const options = rest[0] as { code?: string } | undefined;
    if (typeof options === 'object' && options?.code === code) return;
    (emit as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return make();
  } finally {
    process.emitWarning = emit;
  }
}
