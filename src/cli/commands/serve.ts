import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Engine } from '../../engine.js';
import { BoussoleError } from '../../errors.js';
import { DEFAULT_MAX_BYTES } from '../../read/options.js';

/** Options of the HTTP wrapper. */
export interface ServeOptions {
  /** Port, default 8080 (0: any free port). */
  port: number;
  /** Interface, default 127.0.0.1 (local only). */
  host: string;
}

const send = (res: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
};

async function body(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > limit) throw new BoussoleError('TOO_LARGE', { value: size, limit });
    chunks.push(b);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

const STATUS: Partial<Record<string, number>> = { UNKNOWN_CODE: 404, TOO_LARGE: 413, TIMEOUT: 408, INVALID_ARGUMENT: 400 };

/**
 * A small HTTP wrapper for counsellors' tools and portals (JSON in and out, nothing logged, nothing stored):
 * - `POST /analyse?limit=5&sheets=digital|all|M1855,M1805&redact=1` with the CV file as the body → the Report;
 * - `GET /sheets`, `GET /sheets/M1855` → the digital sheets, one fiche;
 * - `GET /health` → `{ ok: true, rome, rncp }`.
 * Errors answer `{ error: { code, message, messageFr } }` with 400 (bad input), 404, 408, 413 or 422.
 */
export function createHttpServer(engine: Engine): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handle = async (): Promise<void> => {
      if (req.method === 'GET' && url.pathname === '/health') return send(res, 200, { ok: true, rome: engine.info.rome, rncp: engine.info.rncp });
      if (req.method === 'GET' && url.pathname === '/sheets') return send(res, 200, engine.sheets());
      const sheet = /^\/sheets\/([A-Za-z]\d{4})$/.exec(url.pathname);
      if (req.method === 'GET' && sheet) return send(res, 200, engine.fiche(sheet[1] ?? ''));
      if (req.method === 'POST' && url.pathname === '/analyse') {
        const bytes = await body(req, DEFAULT_MAX_BYTES);
        const sheetsParam = url.searchParams.get('sheets') ?? 'digital';
        const sheets = sheetsParam === 'all' || sheetsParam === 'digital' ? sheetsParam : sheetsParam.split(',').map((s) => s.trim());
        const limit = Number(url.searchParams.get('limit') ?? 5);
        const redact = ['1', 'true', 'yes'].includes(url.searchParams.get('redact') ?? '');
        const filename = url.searchParams.get('filename') ?? undefined;
        return send(res, 200, await engine.analyse(bytes, { limit, sheets, redact, ...(filename ? { filename } : {}) }));
      }
      return send(res, 404, { error: { code: 'NOT_FOUND', message: `no route ${req.method ?? ''} ${url.pathname}` } });
    };
    handle().catch((e: unknown) => {
      if (e instanceof BoussoleError) send(res, STATUS[e.code] ?? 422, { error: e.toJSON() });
      else send(res, 500, { error: { code: 'INTERNAL', message: 'internal error' } });
    });
  });
}

/** `boussole serve [--port 8080] [--host 127.0.0.1]`: runs until interrupted. */
export async function serveCommand(engine: Engine, log: (s: string) => void, options: ServeOptions): Promise<Server> {
  const server = createHttpServer(engine);
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  log(`boussole écoute sur http://${options.host}:${port} (POST /analyse, GET /sheets, GET /sheets/:code, GET /health)`);
  return server;
}
