import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../engine.js';
import { terminateReadWorkers } from '../../read/index.js';
import { createHttpServer } from './serve.js';

let server: Server;
let base: string;
beforeAll(async () => {
  server = createHttpServer(await createEngine());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await terminateReadWorkers();
});

describe('boussole serve (HTTP wrapper)', () => {
  it('GET /health and /sheets', async () => {
    expect(((await (await fetch(`${base}/health`)).json()) as { ok: boolean }).ok).toBe(true);
    const sheets = (await (await fetch(`${base}/sheets`)).json()) as unknown[];
    expect(sheets).toHaveLength(153);
    const m1855 = (await (await fetch(`${base}/sheets/M1855`)).json()) as { title: string };
    expect(m1855.title).toBe('Développeur / Développeuse web');
  });

  it('POST /analyse with a CV file returns the report', async () => {
    const body = readFileSync(new URL('../../../fixtures/cv/fr-sales-to-it.docx', import.meta.url));
    const res = await fetch(`${base}/analyse?limit=3&redact=1`, { method: 'POST', body });
    expect(res.status).toBe(200);
    const report = (await res.json()) as { matches: { code: string }[]; cv: { format: string; redacted: boolean } };
    expect(report.cv.format).toBe('docx');
    expect(report.cv.redacted).toBe(true);
    expect(report.matches).toHaveLength(3);
  });

  it('answers typed errors with a status code', async () => {
    const res = await fetch(`${base}/sheets/Z9999`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UNKNOWN_CODE');
    const legacy = readFileSync(new URL('../../../fixtures/cv/bad-legacy.doc', import.meta.url));
    const bad = await fetch(`${base}/analyse`, { method: 'POST', body: legacy });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('LEGACY_DOC');
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
