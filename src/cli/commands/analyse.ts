import type { AnalyseOptions } from '../../analyse/analyse.js';
import type { Engine } from '../../engine.js';
import { printJson, type CliIo } from '../io.js';
import { renderReport } from '../render-report.js';

/** `boussole analyse <file> [--json] [--limit N] [--sheets all|digital|CODES] [--redact]`. */
export async function analyseCommand(engine: Engine, io: CliIo, file: string, options: AnalyseOptions, json: boolean): Promise<number> {
  const report = await engine.analyse(file, options);
  if (json) printJson(io, report);
  else io.out(renderReport(report));
  return 0;
}
