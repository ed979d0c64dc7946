import { type AggregationIndex } from './accumulators';
import { type ReadinessCell, type ReadinessMatrix } from './types';

// Float sums such as 0.7 + 0.3 must count as meeting a requirement of 1.
const tolerance = 1e-9;

/** The mottagare readiness matrix from the index: each sektor × each required role, with shortfalls. */
export function readinessFromIndex(index: AggregationIndex): ReadinessMatrix {
  const { requirements, countedUnitKinds } = index.config.receiverProfile;
  const rows = [...index.sektorer.values()].map((sektor) => {
    const cells = requirements.map((req, i): ReadinessCell => {
      const present = sektor.receiver[i] ?? 0;
      const gap = req.minArsarbetare - present;
      return {
        functionId: req.functionId,
        roleId: req.roleId,
        required: req.minArsarbetare,
        present,
        shortfall: gap > tolerance ? gap : 0,
        met: gap > tolerance ? 'notMet' : 'met',
      };
    });
    return {
      sektorId: sektor.id,
      name: sektor.name,
      cells,
      metCount: cells.filter((c) => c.met === 'met').length,
      totalShortfall: cells.reduce((sum, c) => sum + c.shortfall, 0),
    };
  });
  return {
    countedUnitKinds,
    requirements: requirements.map((r) => ({
      functionId: r.functionId,
      roleId: r.roleId,
      required: r.minArsarbetare,
    })),
    rows,
  };
}
