import type { Engine } from '../../engine.js';
import { printJson, type CliIo } from '../io.js';

/** `boussole sheets [--json]`: the 153 digital sheets, one per line (code, title). */
export function sheetsCommand(engine: Engine, io: CliIo, json: boolean): number {
  const sheets = engine.sheets();
  if (json) printJson(io, sheets);
  else {
    io.out(sheets.map((s) => `${s.code}  ${s.title}`).join('\n'));
    io.out(`${sheets.length} fiches métiers du numérique (${engine.info.rome})`);
  }
  return 0;
}
