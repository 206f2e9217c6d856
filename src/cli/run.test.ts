import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { runCli } from './run.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (s) => (out += `${s}\n`), err: (s) => (err += `${s}\n`) };
  const code = await runCli(args, io);
  return { code, out, err };
}

describe('boussole CLI', () => {
  it('sheets lists the 153 digital sheets', async () => {
    const r = await run(['sheets']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('M1855  Développeur / Développeuse web');
    const json = JSON.parse((await run(['sheets', '--json'])).out) as { code: string }[];
    expect(json).toHaveLength(153);
  });

  it('sheet M1855 prints the sheet, and --json its plain object', async () => {
    const r = await run(['sheet', 'M1855']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Développeur / Développeuse web');
    expect(r.out).toContain('Compétences cœur de métier');
    expect(r.out).toMatch(/Certifications RNCP liées \(\d{3,}/);
    expect(r.out).toContain('RNCP37674 DEVELOPPEUR WEB ET WEB MOBILE');
    const j = JSON.parse((await run(['sheet', 'M1855', '--json'])).out) as { code: string; appellations: unknown[] };
    expect(j.code).toBe('M1855');
    expect(j.appellations.length).toBe(8);
  });

  it('an unknown code gives a clear error and a non-zero exit', async () => {
    const r = await run(['sheet', 'Q0000']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('UNKNOWN_CODE');
    expect(r.err).toContain('Q0000');
    const j = await run(['sheet', 'Q0000', '--json']);
    expect((JSON.parse(j.err) as { error: { code: string } }).error.code).toBe('UNKNOWN_CODE');
  });

  it('an unknown command or option is a usage error (exit 2)', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['sheets', '--nope'])).code).toBe(2);
  });
});
