// Progress on the terminal: lines that stay, and one status line that is rewritten in place on a terminal (on a
// pipe or in CI, where \r would garble the log, status lines are printed only at 0 and 100 %).
import { isAppError } from '../../src/domain';
import {
  type ImportEvent,
  type ImportIssue,
  type ImportStage,
  type ImportWarning,
  type OrganisationDiff,
} from '../../src/sharepoint/import';
import { describeStep, type ProvisionEvent, type UnitAccessEvent } from '../../src/sharepoint/provision';

/** Where a script writes. */
export interface Terminal {
  /** A line that stays. */
  line(text: string): void;
  /** A line that the next status or line replaces (on a terminal). */
  status(text: string, progress: { done: number; total: number }): void;
}

/** The terminal of the process (stdout), or any stream with `write`. */
export function terminal(
  stream: { write(text: string): unknown; isTTY?: boolean } = process.stdout,
): Terminal {
  let open = false;
  const clear = (): void => {
    if (open) stream.write('\r\x1b[2K');
    open = false;
  };
  return {
    line: (text) => {
      clear();
      stream.write(`${text}\n`);
    },
    status: (text, { done, total }) => {
      if (stream.isTTY) {
        clear();
        stream.write(text);
        open = true;
      } else if (done === 0 || done >= total) {
        stream.write(`${text}\n`);
      }
    },
  };
}

const percent = (done: number, total: number): string =>
  total === 0 ? '100 %' : `${Math.floor((done / total) * 100)} %`;

/** Prints provisioning's events. */
export function provisionPrinter(t: Terminal): (event: ProvisionEvent) => void {
  let done = 0;
  let total = 0;
  return (event) => {
    switch (event.kind) {
      case 'reading':
        t.line(`Läser webbplatsen / Reading the site ${event.siteUrl}`);
        break;
      case 'planned':
        total = event.steps.length;
        if (total === 0) break;
        t.line(
          event.dryRun
            ? `Provisioneringen skulle göra ${total} ändringar (provkörning, inget ändras) / Provisioning would make ${total} changes (dry run, nothing changes):`
            : `${total} ändringar att göra / ${total} changes to make`,
        );
        if (event.dryRun)
          for (const step of event.steps) t.line(`  - ${describeStep(step).sv} / ${describeStep(step).en}`);
        break;
      case 'unchanged':
        t.line(
          'Webbplatsen stämmer redan med schemat; inget ändrades. / The site already matches the schema; nothing was changed.',
        );
        break;
      case 'phase':
        break;
      case 'step': {
        done++;
        const text = describeStep(event.step);
        if (event.outcome === 'failed') t.line(`  ✗ ${text.sv} / ${text.en}: ${event.reason ?? ''}`);
        else t.status(`  [${percent(done, total)}] ${text.sv}`, { done, total });
        break;
      }
      case 'done':
        t.line(`Klart: ${event.steps.length} ändringar gjorda. / Done: ${event.steps.length} changes made.`);
        break;
      case 'failed':
        t.line(
          `Avbrutet: ${event.done.length} ändringar gjorda, ${event.remaining.length} kvar. / Stopped: ${event.done.length} changes made, ${event.remaining.length} remaining:`,
        );
        for (const step of event.remaining) t.line(`  - ${describeStep(step).sv} / ${describeStep(step).en}`);
        break;
    }
  };
}

const stageNames: Readonly<Record<ImportStage, string>> = {
  reading: 'Läser organisationen på webbplatsen / Reading the organisation on the site',
  units: 'Enheter / Units',
  removing: 'Borttagna enheter / Removed units',
  access: 'Grupper, mappar och behörigheter / Groups, folders and permissions',
  inventories: 'Periodens inventeringar / The period’s inventories',
};

/** Prints ensureUnitAccess's events. */
export function unitAccessPrinter(t: Terminal): (event: UnitAccessEvent) => void {
  return (event) => {
    if (event.kind === 'reading')
      t.status(
        `  läser mappbehörigheter / reading folder permissions ${percent(event.done, event.total)}`,
        event,
      );
    else if (event.kind === 'planned') t.line(`  ${event.steps} ändringar / changes`);
    else if (event.kind === 'progress') t.status(`  ${event.phase}: ${event.done}/${event.total}`, event);
    else {
      const r = event.report;
      t.line(
        `  grupper / groups +${r.groupsCreated} (~${r.groupsRenamed}), medlemmar / members +${r.membersAdded} −${r.membersRemoved}, ` +
          `mappar / folders +${r.foldersCreated}, behörigheter / grants +${r.grantsAdded} −${r.grantsRemoved}` +
          (r.orphanFolders > 0
            ? `, mappar utan enhet (orörda) / folders without a unit (untouched): ${r.orphanFolders}`
            : ''),
      );
    }
  };
}

/** Prints the difference between the site and an import file. */
export function printDiff(t: Terminal, diff: OrganisationDiff): void {
  t.line(
    `Jämfört med webbplatsen / Compared with the site: ${diff.added.length} nya / new, ${diff.changed.length} ändrade / changed, ` +
      `${diff.removed.length} borttagna / removed, ${diff.unchanged} oförändrade / unchanged; ${diff.managerChanges.length} chefsbyten / manager changes.`,
  );
  for (const unit of diff.added) t.line(`  + ${unit.id} ${unit.name}`);
  for (const change of diff.changed)
    t.line(`  ~ ${change.after.id} ${change.after.name}: ${change.fields.join(', ')}`);
  for (const unit of diff.removed) t.line(`  - ${unit.id} ${unit.name}`);
  for (const change of diff.managerChanges)
    t.line(
      `  chef / manager ${change.unit.id}: ${change.from ?? '(vakant / vacant)'} → ${change.to ?? '(vakant / vacant)'}`,
    );
}

/** Prints the import's events. */
export function importPrinter(t: Terminal): (event: ImportEvent) => void {
  const access = unitAccessPrinter(t);
  return (event) => {
    switch (event.kind) {
      case 'stage':
        t.line(stageNames[event.stage]);
        break;
      case 'diff':
        printDiff(t, event.diff);
        t.line(
          event.period
            ? `Period: ${event.period.id} (${event.period.opensOn} – ${event.period.closesOn})`
            : 'Ingen period är öppen; inga inventeringar skapas (ange --period). / No period is open; no inventories are created (give --period).',
        );
        break;
      case 'warnings':
        printIssues(t, { warnings: event.warnings });
        break;
      case 'progress':
        t.status(`  ${event.done}/${event.total}`, event);
        break;
      case 'access':
        access(event.event);
        break;
    }
  };
}

// Lines per write when printing many: one write per line would queue 170,000 writes behind a slow pipe.
const linesPerWrite = 1000;

/** Prints a file's issues (errors) and warnings, with their lines and columns; every one, however many. */
export function printIssues(
  t: Terminal,
  file: { issues?: readonly ImportIssue[]; warnings: readonly ImportWarning[] },
): void {
  const where = (i: { line: number | null; column: string | null }): string =>
    [i.line === null ? 'fil / file' : `rad / line ${i.line}`, i.column ?? '']
      .filter((s) => s !== '')
      .join(', ');
  let block: string[] = [];
  const print = (text: string): void => {
    block.push(text);
    if (block.length < linesPerWrite) return;
    t.line(block.join('\n'));
    block = [];
  };
  for (const issue of file.issues ?? []) {
    const value = issue.value ? ` ("${issue.value}")` : '';
    print(`  ✗ ${where(issue)}${value}: ${issue.message.sv} / ${issue.message.en}`);
  }
  for (const warning of file.warnings)
    print(`  ! ${where(warning)}: ${warning.message.sv} / ${warning.message.en}`);
  if (block.length > 0) t.line(block.join('\n'));
}

/** The text to print for an error: an AppError's message (Swedish and English), else the error itself. */
export function errorText(error: unknown): string {
  if (isAppError(error)) return error.message;
  return error instanceof Error ? `${error.message}` : String(error);
}
