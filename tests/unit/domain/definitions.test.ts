import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figureDefinitions } from '../../../src/domain';

// docs/domain.md's "Definitions" must say what the code computes: the UI shows `figureDefinitions`, so the page is
// checked against it word for word.
const page = readFileSync(join(__dirname, '../../../docs/domain.md'), 'utf8');
const section = page.slice(
  page.indexOf('### Definitions'),
  page.indexOf('\n## ', page.indexOf('### Definitions')),
);

interface DocumentedDefinition {
  readonly label: { sv: string; en: string };
  readonly definition: { sv: string; en: string };
}

function documented(): Map<string, DocumentedDefinition> {
  const entries = new Map<string, DocumentedDefinition>();
  const pattern = /^#### `(\w+)` — (.+) \/ (.+)\n\n- \*\*sv:\*\* (.+)\n- \*\*en:\*\* (.+)$/gm;
  for (const [, id = '', sv = '', en = '', definitionSv = '', definitionEn = ''] of section.matchAll(
    pattern,
  )) {
    entries.set(id, { label: { sv, en }, definition: { sv: definitionSv, en: definitionEn } });
  }
  return entries;
}

describe('figure definitions', () => {
  it('are documented in docs/domain.md exactly as the UI shows them, in the same order', () => {
    const docs = documented();
    expect([...docs.keys()]).toEqual(figureDefinitions.map((d) => d.id));
    for (const { id, label, definition } of figureDefinitions) {
      expect({ id, ...docs.get(id) }).toEqual({ id, label, definition });
    }
  });

  it('name the base and n wherever a figure is a mean or a share', () => {
    const byId = new Map(figureDefinitions.map((d) => [d.id, d]));
    for (const id of ['quality', 'competenceLevels', 'adminHours'] as const) {
      expect(byId.get(id)?.definition.sv).toMatch(/en röst per (enhet|chef)/);
      expect(byId.get(id)?.definition.en).toMatch(/one vote per (unit|reporting unit|manager)/);
    }
    expect(byId.get('supportPer100')?.definition.sv).toContain('alla anställda');
  });
});
