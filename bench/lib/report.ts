// What a benchmark prints is also its record: each bench writes what it printed to bench/results/<name>.md, with
// the machine and the date, and the docs point there instead of copying figures by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

/** A benchmark's output: every line is printed and kept for its results file. */
export interface Report {
  /** Prints a line and keeps it. */
  line(text?: string): void;
  /** Writes the kept lines to `bench/results/<name>.md`; returns its path. */
  save(): string;
}

/** The report of the benchmark `name` (the results file's name), with the command that reproduces it. */
export function report(name: string, command: string): Report {
  const lines: string[] = [];
  return {
    line(text = '') {
      console.log(text);
      lines.push(text);
    },
    save() {
      const dir = join(__dirname, '..', 'results');
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${name}.md`);
      const cpu = cpus();
      const header = [
        `# ${name}`,
        '',
        `Written by \`${command}\` on ${new Date().toISOString().slice(0, 10)}: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}. Run it again to renew these figures; times depend on the machine, ratios much less.`,
        '',
        '```text',
      ];
      writeFileSync(path, `${[...header, ...lines, '```', ''].join('\n')}`);
      return path;
    },
  };
}
