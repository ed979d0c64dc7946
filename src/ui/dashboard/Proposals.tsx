import { Button, Field, SpinButton } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import {
  explainProposal,
  proposalLabel,
  proposePlacement,
  type PlacementProposal,
  type ProposalThresholds,
} from '../../domain';
import { functionLabel, type SectionProps } from './context';

type ThresholdKey = keyof ProposalThresholds;

// Shares are typed as whole percentages, the rest as they are; each with the range the configuration allows.
const inputs: readonly { key: ThresholdKey; percent?: true; min: number; max: number; step: number }[] = [
  { key: 'minVotes', min: 1, max: 1000, step: 1 },
  { key: 'keepCloseMinShare', percent: true, min: 0, max: 100, step: 5 },
  { key: 'keepCloseMinQuality', min: 1, max: 5, step: 0.5 },
  { key: 'centraliseMinShare', percent: true, min: 0, max: 100, step: 5 },
  { key: 'fragmentedMinUnits', min: 1, max: 1000, step: 1 },
  { key: 'fragmentedBelowArsarbetare', min: 0, max: 10, step: 0.1 },
  { key: 'lowQualityBelow', min: 1, max: 5, step: 0.5 },
];

/**
 * The verksamhetsnära proposals of the area, each with its explanation; the thresholds can be tried out and the
 * proposals follow at once (the evidence stays, only the rules run again — no request, no new aggregation).
 */
export function Proposals(
  props: SectionProps & { proposals: readonly PlacementProposal[]; canAdjust: boolean },
) {
  const { proposals, config, t, locale, styles, canAdjust } = props;
  const [thresholds, setThresholds] = useState<ProposalThresholds>(config.proposalThresholds);
  const shown = useMemo(
    () =>
      proposals.map((p) => {
        const { proposal, rule } = proposePlacement(p.evidence, thresholds);
        return {
          ...p,
          proposal,
          rule,
          explanation: explainProposal(rule, { evidence: p.evidence, thresholds }),
        };
      }),
    [proposals, thresholds],
  );
  const set = (key: ThresholdKey, percent: boolean, value: number | null | undefined) => {
    if (value === null || value === undefined || Number.isNaN(value)) return;
    setThresholds((before) => ({ ...before, [key]: percent ? value / 100 : value }));
  };
  return (
    <section className={styles.section} aria-labelledby="proposals">
      <h2 id="proposals" className={styles.heading}>
        {t('proposals.heading')}
      </h2>
      {canAdjust ? (
        <fieldset className={styles.section}>
          <legend>{t('proposals.thresholds')}</legend>
          <p className={styles.note}>{t('proposals.thresholdsHint')}</p>
          <div className={styles.thresholds}>
            {inputs.map(({ key, percent, min, max, step }) => {
              const value = percent ? Math.round(thresholds[key] * 100) : thresholds[key];
              return (
                <Field key={key} label={t(`threshold.${key}`)}>
                  <SpinButton
                    value={value}
                    min={min}
                    max={max}
                    step={step}
                    onChange={(_event, data) =>
                      set(
                        key,
                        percent === true,
                        data.value ?? Number((data.displayValue ?? '').replace(',', '.')),
                      )
                    }
                  />
                </Field>
              );
            })}
          </div>
          <div>
            <Button onClick={() => setThresholds(config.proposalThresholds)}>{t('proposals.reset')}</Button>
          </div>
        </fieldset>
      ) : null}
      <p className={styles.note} aria-live="polite">
        {t('proposals.changed', {
          count: shown.filter((p, i) => p.proposal !== proposals[i]?.proposal).length,
        })}
      </p>
      <div>
        {shown.map((p) => (
          <article key={p.functionId} className={styles.proposal}>
            <h3 className={styles.heading}>
              {functionLabel(config, p.functionId, locale)}: {proposalLabel(p.proposal)[locale]}
            </h3>
            <p className={styles.note}>{p.explanation[locale]}</p>
          </article>
        ))}
      </div>
    </section>
  );
}
