// A tiny HTTP proxy on 127.0.0.1 that tunnels CONNECT requests (as HTTPS_PROXY and undici use
// it) and records where each tunnel went, so a test can tell whether a request went through it.
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';

export class ConnectProxy {
  /** "host:port" of every tunnel opened, in order. */
  readonly tunnels: string[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server, readonly url: string) {}

  static async start(): Promise<ConnectProxy> {
    let proxy: ConnectProxy | undefined;
    const server = createServer((_request, response) => response.writeHead(405).end('CONNECT only'));
    server.on('connect', (request, client: Socket, head: Buffer) => {
      proxy!.tunnels.push(request.url ?? '');
      proxy!.track(client);
      const [host, port] = (request.url ?? '').split(':');
      // Only to this machine: a test proxy never opens a connection beyond it.
      if (host !== '127.0.0.1' && host !== 'localhost') {
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      const upstream = connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      proxy!.track(upstream);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    proxy = new ConnectProxy(server, `http://127.0.0.1:${address.port}`);
    return proxy;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }
}
