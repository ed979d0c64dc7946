import { mergeClasses, Text } from '@fluentui/react-components';
import { memo, useCallback } from 'react';
import { type AdminHourCategory, type FirstLineSection as Section } from '../../domain';
import { DecimalField } from './fields/DecimalField';
import { fieldId, sectionHeadingId } from './fields/fieldIds';
import { NoteField } from './fields/NoteField';
import { firstLineKey, type FieldMessages } from './messages';
import { type SectionLabels } from './sectionLabels';
import { useFunctionSectionStyles } from './useFunctionSectionStyles.styles';

/** Props of `FirstLineSection`. */
export interface FirstLineSectionProps {
  readonly section: Section;
  readonly categories: readonly AdminHourCategory[];
  readonly messages: FieldMessages;
  readonly unparsed: FieldMessages;
  readonly readOnly: boolean;
  readonly labels: SectionLabels;
  readonly onChange: (update: (section: Section) => Section) => void;
  readonly onUnparsed: (path: string, text: string | null) => void;
}

/**
 * The first-line manager's questions (enhetschefer only): hours per week on administration by configured
 * category, chefsnära stöd available, span of control, and what support is lacking.
 */
export const FirstLineSection = memo(function FirstLineSection(props: FirstLineSectionProps) {
  const { section, categories, messages, unparsed, readOnly, labels, onChange, onUnparsed } = props;
  const { t, locale } = labels;
  const styles = useFunctionSectionStyles();

  const onNumber = useCallback(
    (path: string, value: number | null) => {
      const [, field, categoryId] = path.split('.');
      onChange((current) => {
        if (field === 'adminHours' && categoryId !== undefined) {
          return { ...current, adminHours: { ...current.adminHours, [categoryId]: value } };
        }
        const key = field as 'chefsnaraStodArsarbetare' | 'medarbetarspann';
        return current[key] === value ? current : { ...current, [key]: value };
      });
    },
    [onChange],
  );
  const onText = useCallback(
    (_path: string, value: string) =>
      onChange((current) =>
        current.lackingSupport === value ? current : { ...current, lackingSupport: value },
      ),
    [onChange],
  );

  const number = (path: string, label: string, options: { integer?: boolean; value: number | null }) => (
    <DecimalField
      key={path}
      path={path}
      label={label}
      value={options.value}
      unparsed={unparsed[path]}
      message={messages[path]}
      integer={options.integer}
      locale={locale}
      readOnly={readOnly}
      onValue={onNumber}
      onUnparsed={onUnparsed}
    />
  );
  const sectionMessage = messages.firstLine;
  const totalMessage = messages['firstLine.adminHours'];
  return (
    <section
      aria-labelledby={sectionHeadingId(firstLineKey)}
      className={styles.section}
      id={fieldId('firstLine')}
    >
      <h2 id={sectionHeadingId(firstLineKey)} tabIndex={-1} className={styles.heading}>
        {t('firstLine.heading')}
      </h2>
      <Text as="p" block className={styles.paragraph}>
        {t('firstLine.intro')}
      </Text>
      {sectionMessage && (
        <Text as="p" block role="alert" className={mergeClasses(styles.paragraph, styles.sectionMessage)}>
          {sectionMessage}
        </Text>
      )}
      <fieldset className={styles.fieldset} id={fieldId('firstLine.adminHours')}>
        <legend className={styles.legend}>{t('firstLine.adminHours')}</legend>
        <Text as="p" block size={200} className={styles.fieldsetText}>
          {t('firstLine.adminHoursHint')}
        </Text>
        {totalMessage && (
          <Text
            as="p"
            block
            role="alert"
            className={mergeClasses(styles.fieldsetText, styles.sectionMessage)}
          >
            {totalMessage}
          </Text>
        )}
        <div className={styles.grid}>
          {categories.map((category) =>
            number(
              `firstLine.adminHours.${category.id}`,
              t('firstLine.category', { category: category.label[locale] }),
              { value: section.adminHours[category.id] ?? null },
            ),
          )}
        </div>
      </fieldset>
      <div className={styles.grid}>
        {number('firstLine.chefsnaraStodArsarbetare', t('firstLine.chefsnaraStod'), {
          value: section.chefsnaraStodArsarbetare,
        })}
        {number('firstLine.medarbetarspann', t('firstLine.medarbetarspann'), {
          value: section.medarbetarspann,
          integer: true,
        })}
      </div>
      <NoteField
        path="firstLine.lackingSupport"
        label={t('firstLine.lackingSupport')}
        value={section.lackingSupport}
        message={messages['firstLine.lackingSupport']}
        readOnly={readOnly}
        onChange={onText}
      />
    </section>
  );
});
