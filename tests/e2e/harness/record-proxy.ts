/**
 * An HTTP proxy that answers every request with an error and records it. Browsers are started
 * with it as their proxy (loopback bypassed), so anything that tries to leave the machine
 * shows up here: the privacy tests assert this list stays empty.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordProxy {
  port: number;
  requests: string[];
  close(): Promise<void>;
}

export async function startRecordProxy(): Promise<RecordProxy> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  // HTTPS goes through CONNECT; record the host and refuse the tunnel.
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
