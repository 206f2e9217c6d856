import { parseArgs } from 'node:util';
import type { AnalyseOptions } from '../analyse/analyse.js';
import { createEngine } from '../engine.js';
import { BoussoleError } from '../errors.js';
import { analyseCommand } from './commands/analyse.js';
import { batchCommand } from './commands/batch.js';
import { serveCommand } from './commands/serve.js';
import { sheetCommand } from './commands/sheet.js';
import { sheetsCommand } from './commands/sheets.js';
import { processIo, reportError, type CliIo } from './io.js';

const USAGE = `boussole — orientation vers les métiers du numérique à partir d'un CV (ROME 4.0, RNCP)

Usage :
  boussole analyse <fichier> [options]      bilan d'un CV (PDF, DOCX, ODT, texte, JSON Resume)
      --limit N                             nombre de métiers proposés (défaut 5)
      --sheets digital|all|M1855,M1805      fiches visées (défaut : les 153 fiches du numérique)
      --trainings N                         certifications par métier (défaut 3, 0 : aucune)
      --redact                              retirer nom et coordonnées du résultat
  boussole batch <dossier> --out r.jsonl    analyse tous les fichiers d'un dossier (une ligne JSON par fichier)
  boussole sheets                           les 153 fiches métiers du numérique
  boussole sheet <CODE>                     une fiche ROME (ex. M1855)
  boussole serve [--port 8080] [--host 127.0.0.1]   petite API HTTP (POST /analyse, GET /sheets)
  boussole info                             versions et sources des données

Options communes : --json (sortie JSON), --help`;

const int = (name: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new BoussoleError('INVALID_ARGUMENT', { option: `--${name}`, value: v, reason: 'expected an integer' });
  return n;
};

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  let json = argv.includes('--json');
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        limit: { type: 'string' },
        sheets: { type: 'string' },
        trainings: { type: 'string' },
        redact: { type: 'boolean' },
        out: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
      },
    });
    json = values.json === true;
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.out(USAGE);
      return command === undefined && !values.help ? 2 : 0;
    }
    const need = (what: string): string => {
      const v = rest[0];
      if (!v) throw new BoussoleError('INVALID_ARGUMENT', { option: what, reason: `missing ${what}; see boussole --help` });
      return v;
    };
    const sheetsOpt = values.sheets;
    const analyseOptions: AnalyseOptions = {
      ...(values.limit !== undefined ? { limit: int('limit', values.limit) } : {}),
      ...(values.trainings !== undefined ? { trainings: int('trainings', values.trainings) } : {}),
      ...(sheetsOpt !== undefined ? { sheets: sheetsOpt === 'all' || sheetsOpt === 'digital' ? sheetsOpt : sheetsOpt.split(',').map((s) => s.trim()) } : {}),
      ...(values.redact ? { redact: true } : {}),
    };
    const known = ['analyse', 'analyze', 'batch', 'sheets', 'sheet', 'serve', 'info'];
    if (!known.includes(command)) throw new BoussoleError('INVALID_ARGUMENT', { value: command, option: 'command', reason: 'see boussole --help' });
    const engine = await createEngine();
    switch (command) {
      case 'analyse':
      case 'analyze':
        return await analyseCommand(engine, io, need('file'), analyseOptions, json);
      case 'batch': {
        const out = values.out;
        if (!out) throw new BoussoleError('INVALID_ARGUMENT', { option: '--out', reason: 'missing output file, e.g. --out results.jsonl' });
        return await batchCommand(engine, io, need('folder'), out, analyseOptions);
      }
      case 'sheets':
        return sheetsCommand(engine, io, json);
      case 'sheet':
        return sheetCommand(engine, io, need('CODE'), json);
      case 'serve':
        await serveCommand(engine, io.err, { port: int('port', values.port) ?? 8080, host: values.host ?? '127.0.0.1' });
        return 0;
      default:
        if (json) io.out(JSON.stringify(engine.info, null, 2));
        else for (const s of engine.info.sources) io.out(`${s.attribution} — ${s.licence}`);
        return 0;
    }
  } catch (e) {
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`boussole: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    return reportError(io, e, json);
  }
}
