// A stored overview is shown only when it was counted by code of the same `dashboardViewFormat`
// (docs/data-model.md, "Dashboards at region scale"). This test ties the number to the aggregation's source: when
// it fails, the way figures are counted has changed — raise `dashboardViewFormat` and record the new pair here, so
// that no overview counted the old way is shown as current.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dashboardViewFormat } from '../../../src/domain';

const recorded = {
  format: 2,
  source: 'c8d0dc7ef9aeea40cc4b58841f24acbb11d3008a7fdda5569a1d8ff95e9093bd',
};

function aggregationSource(): string {
  const folder = join(__dirname, '../../../src/domain/aggregation');
  const hash = createHash('sha256');
  for (const name of readdirSync(folder).sort()) {
    hash.update(name);
    hash.update(readFileSync(join(folder, name)));
  }
  return hash.digest('hex');
}

describe('the stored overview’s format', () => {
  it('is raised whenever the aggregation’s source changes', () => {
    expect({ format: dashboardViewFormat, source: aggregationSource() }).toEqual(recorded);
  });
});
