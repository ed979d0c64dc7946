// A stored overview is shown only when it was counted by code of the same `dashboardViewFormat`
// (docs/data-model.md, "Dashboards at region scale"). This test ties the number to the aggregation's source (and the
// first-line mission's): when
// it fails, the way figures are counted has changed — raise `dashboardViewFormat` and record the new pair here, so
// that no overview counted the old way is shown as current.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dashboardViewFormat } from '../../../src/domain';

const recorded = {
  format: 3,
  source: 'e84c6879b106d6f04c53dda049eb78925c5285ac9fd72cffde986f34a3ecd974',
};

/** The source of what a dashboard view is counted by: the aggregation and the first-line mission. */
function aggregationSource(): string {
  const hash = createHash('sha256');
  for (const part of ['aggregation', 'firstLine']) {
    const folder = join(__dirname, '../../../src/domain', part);
    for (const name of readdirSync(folder).sort()) {
      hash.update(`${part}/${name}`);
      hash.update(readFileSync(join(folder, name)));
    }
  }
  return hash.digest('hex');
}

describe('the stored overview’s format', () => {
  it('is raised whenever the aggregation’s source changes', () => {
    expect({ format: dashboardViewFormat, source: aggregationSource() }).toEqual(recorded);
  });
});
