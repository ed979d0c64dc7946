// Command-line arguments for the scripts: Node's own parseArgs (strict: an unknown option is an error), with
// messages in Swedish and English that say what to type instead.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorText } from './progress';

/** The option table of a script (`parseArgs`'s, with a one-line help text per option). */
export type OptionSpec = Record<
  string,
  {
    readonly type: 'string' | 'boolean';
    readonly short?: string;
    readonly help: string;
    readonly value?: string;
  }
>;

/** A script's description for `--help`. */
export interface CommandSpec<O extends OptionSpec> {
  /** e.g. `npm run provision -- --site <url> [--dry-run]` */
  readonly usage: string;
  /** One paragraph, Swedish then English. */
  readonly summary: string;
  readonly options: O;
  /** Positional arguments allowed (file names). @default 0 */
  readonly positionals?: number;
}

/** Parsed values: strings for string options, booleans for flags. */
export type ParsedOptions<O extends OptionSpec> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string;
};

/** A parsed command line. */
export interface CommandLine<O extends OptionSpec> {
  readonly values: ParsedOptions<O> & { help?: boolean };
  readonly positionals: string[];
}

/** A problem with the command line; the script prints `message` and the usage, and exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The help text of a script. */
export function helpText<O extends OptionSpec>(spec: CommandSpec<O>): string {
  const rows = Object.entries(spec.options).map(([name, option]) => {
    const flag = `--${name}${option.type === 'string' ? ` <${option.value ?? 'värde'}>` : ''}`;
    return `  ${flag.padEnd(28)} ${option.help}`;
  });
  return [
    `Användning / usage: ${spec.usage}`,
    '',
    spec.summary,
    '',
    ...rows,
    `  ${'--help'.padEnd(28)} visa detta / show this`,
  ].join('\n');
}

/**
 * Parses `argv` (default: the process's) by the spec.
 * @throws UsageError for an unknown option, a missing value or too many file names.
 */
export function parseCommandLine<O extends OptionSpec>(
  spec: CommandSpec<O>,
  argv: readonly string[] = process.argv.slice(2),
): CommandLine<O> {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, option] of Object.entries(spec.options)) {
    options[name] = option.short ? { type: option.type, short: option.short } : { type: option.type };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      `Felaktigt kommando: ${(error as Error).message}\nInvalid command line: ${(error as Error).message}`,
    );
  }
  const allowed = spec.positionals ?? 0;
  if (parsed.positionals.length > allowed) {
    const extra = parsed.positionals.slice(allowed).join(' ');
    throw new UsageError(`Okänt argument: ${extra}\nUnknown argument: ${extra}`);
  }
  return { values: parsed.values as ParsedOptions<O> & { help?: boolean }, positionals: parsed.positionals };
}

/** A positive whole number from an option, or the default. @throws UsageError otherwise. */
export function positiveInteger(
  value: string | undefined,
  options: { name: string; fallback: number },
): number {
  if (value === undefined) return options.fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new UsageError(
      `--${options.name} ska vara ett positivt heltal, inte "${value}".\n--${options.name} must be a positive whole number, not "${value}".`,
    );
  }
  return number;
}

/** Resolves once everything written to the stream so far has been handed to the OS. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  // Writes complete in order, so an empty write's callback comes after every earlier write's. On a pipe, Node
  // writes asynchronously: `process.exit` before this would drop whatever the reader has not taken yet.
  return new Promise((resolve) => {
    if (stream.destroyed || stream.writableEnded) resolve();
    else stream.write('', () => resolve());
  });
}

/** Ends the process with `code` after its output is written, however slowly a pipe reads it. */
async function exitAfterOutput(code: number): Promise<never> {
  process.exitCode = code;
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

/**
 * Runs a script: parses its command line, answers `--help`, and turns a failure into its message on stderr and
 * an exit code (2 for a usage error, with the usage; 1 for anything else). The process exits only once its output
 * is written, and a failure is a message, never a stack trace, also when it escapes the script's promise.
 */
export function runCommand<O extends OptionSpec>(
  spec: CommandSpec<O>,
  run: (args: CommandLine<O>) => Promise<number>,
): void {
  const fail = (error: unknown): Promise<never> => {
    process.stderr.write(`${errorText(error)}\n`);
    if (error instanceof UsageError) process.stderr.write(`\n${helpText(spec)}\n`);
    return exitAfterOutput(error instanceof UsageError ? 2 : 1);
  };
  // A reader that goes away (`| head`) is not the script's failure: the rest of the output has nowhere to go,
  // and the work goes on (an import stopped half-way would have to be run again).
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') void fail(error);
    });
  }
  process.on('uncaughtException', (error) => void fail(error));
  process.on('unhandledRejection', (error) => void fail(error));
  const main = async (): Promise<number> => {
    const args = parseCommandLine(spec);
    if (args.values.help) {
      process.stdout.write(`${helpText(spec)}\n`);
      return 0;
    }
    return run(args);
  };
  main().then(exitAfterOutput, fail);
}
