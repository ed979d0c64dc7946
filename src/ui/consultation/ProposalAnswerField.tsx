import { Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { useId } from 'react';
import {
  consultationCommentMaxLength,
  formatNumber,
  type AnswerProblemCode,
  type ConsultationVerdict,
  type Locale,
  type ProposalAnswer,
  type ProposalImpact,
} from '../../domain';
import { decimalText } from '../dashboard/figureText';
import { type ConsultationTranslate } from './consultationStrings';
import { type useConsultationStyles } from './useConsultationStyles.styles';

/** Props of `ProposalAnswerField`. */
export interface ProposalAnswerFieldProps {
  readonly impact: ProposalImpact;
  readonly answer: ProposalAnswer;
  /** The answer's problems, shown beside the comment. */
  readonly problems: readonly AnswerProblemCode[];
  readonly readOnly: boolean;
  readonly onChange: (answer: ProposalAnswer) => void;
  readonly t: ConsultationTranslate;
  readonly locale: Locale;
  readonly styles: ReturnType<typeof useConsultationStyles>;
}

const none = 'none';

/** One proposal: where it puts the function, what it moves of the unit's own staff, and the manager's answer. */
export function ProposalAnswerField(props: ProposalAnswerFieldProps) {
  const { impact, answer, problems, readOnly, onChange, t, locale, styles } = props;
  const headingId = useId();
  const name = impact.label[locale];
  const moves =
    impact.touches && impact.to !== null
      ? t('answer.moves', {
          fte: decimalText(impact.arsarbetare, locale, 2),
          persons: String(impact.persons),
          to: t(`answer.to.${impact.to}`),
        })
      : t('answer.movesNothing');
  const max = { max: formatNumber(consultationCommentMaxLength, locale) };
  const commentProblem = problems.includes('reasonMissing')
    ? t('answer.reasonMissing')
    : problems.includes('commentTooLong')
      ? t('answer.commentTooLong', max)
      : undefined;
  return (
    <section aria-labelledby={headingId} className={styles.proposal}>
      <h3 id={headingId} className={styles.subheading}>
        {name}: {t(`placement.${impact.placement}`)}
      </h3>
      <p className={styles.impact}>{moves}</p>
      <Field label={t('answer.verdict', { function: name })}>
        <RadioGroup
          className={styles.verdicts}
          layout="horizontal"
          disabled={readOnly}
          value={answer.verdict ?? none}
          onChange={(_, data) =>
            onChange({
              ...answer,
              verdict: data.value === none ? null : (data.value as ConsultationVerdict),
            })
          }
        >
          <Radio value="agree" label={t('verdict.agree')} />
          <Radio value="disagree" label={t('verdict.disagree')} />
          <Radio value={none} label={t('verdict.none')} />
        </RadioGroup>
      </Field>
      <Field
        label={t('answer.comment', { function: name })}
        hint={t('answer.commentHint', max)}
        validationMessage={commentProblem}
        validationState={commentProblem === undefined ? 'none' : 'error'}
      >
        <Textarea
          resize="vertical"
          readOnly={readOnly}
          value={answer.comment}
          onChange={(_, data) => onChange({ ...answer, comment: data.value })}
        />
      </Field>
    </section>
  );
}
