import { parseArgs } from 'node:util';
import { createEngine } from '../engine.js';
import { BoussoleError } from '../errors.js';
import { processIo, reportError, type CliIo } from './io.js';
import { sheetCommand } from './commands/sheet.js';
import { sheetsCommand } from './commands/sheets.js';

const USAGE = `boussole — orientation vers les métiers du numérique à partir d'un CV (ROME 4.0, RNCP)

Usage :
  boussole sheets [--json]              les 153 fiches métiers du numérique
  boussole sheet <CODE> [--json]        une fiche ROME (ex. M1855)
  boussole info [--json]                versions et sources des données

Options communes : --json (sortie JSON), --help`;

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  let json = argv.includes('--json');
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    json = values.json === true;
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.out(USAGE);
      return command === undefined && !values.help ? 2 : 0;
    }
    const engine = await createEngine();
    switch (command) {
      case 'sheets':
        return sheetsCommand(engine, io, json);
      case 'sheet': {
        const code = rest[0];
        if (!code) throw new BoussoleError('INVALID_ARGUMENT', { option: 'CODE', reason: 'missing ROME code, e.g. M1855' });
        return sheetCommand(engine, io, code, json);
      }
      case 'info':
        if (json) io.out(JSON.stringify(engine.info, null, 2));
        else for (const s of engine.info.sources) io.out(`${s.attribution} — ${s.licence}`);
        return 0;
      default:
        throw new BoussoleError('INVALID_ARGUMENT', { value: command, option: 'command', reason: 'see boussole --help' });
    }
  } catch (e) {
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`boussole: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    return reportError(io, e, json);
  }
}
