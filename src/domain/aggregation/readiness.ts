import { type AggregationIndex } from './accumulators';
import { fromHundredths, toHundredths } from './rounding';
import { type ReadinessCell, type ReadinessMatrix } from './types';

/** The mottagare readiness matrix from the index: each sektor × each required role, with shortfalls. */
export function readinessFromIndex(index: AggregationIndex): ReadinessMatrix {
  const { requirements, countedUnitKinds } = index.config.receiverProfile;
  const order = new Map(index.unitStatuses.map(({ unit }, i) => [unit.id, i]));
  const rows = [...index.sektorer.values()].map((sektor) => {
    const complete = sektor.unreported.length === 0;
    const cells = requirements.map((req, i): ReadinessCell => {
      // Whole hundredths on both sides, so 0.7 + 0.3 meets a requirement of 1 exactly.
      const presentH = sektor.receiver[i] ?? 0;
      const gapH = toHundredths(req.minArsarbetare) - presentH;
      const state = gapH <= 0 ? 'met' : complete ? 'short' : 'notReported';
      return {
        functionId: req.functionId,
        roleId: req.roleId,
        required: req.minArsarbetare,
        present: fromHundredths(presentH),
        shortfall: state === 'short' ? fromHundredths(gapH) : null,
        state,
      };
    });
    return {
      sektorId: sektor.id,
      name: sektor.name,
      cells,
      metCount: cells.filter((c) => c.state === 'met').length,
      totalShortfall: fromHundredths(cells.reduce((sum, c) => sum + toHundredths(c.shortfall ?? 0), 0)),
      receivingUnits: sektor.receivingUnits,
      unreported: [...sektor.unreported].sort(
        (a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0),
      ),
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
