import { BoussoleError } from '../errors.js';

/** Where a command writes; injectable so commands are testable without spawning a process. */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const processIo: CliIo = {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
};

/** Prints a value as pretty JSON. */
export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** Exit code and stderr line for an error; BoussoleErrors print their code and French + English messages. */
export function reportError(io: CliIo, e: unknown, json: boolean): number {
  if (e instanceof BoussoleError) {
    if (json) io.err(JSON.stringify({ error: e.toJSON() }));
    else io.err(`boussole: erreur ${e.code} : ${e.messageFr}\n  (${e.messageEn})`);
    return e.code === 'INVALID_ARGUMENT' ? 2 : 1;
  }
  io.err(`boussole: erreur interne : ${e instanceof Error ? e.message : String(e)}`);
  return 70;
}
