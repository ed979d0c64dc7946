import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import {
  daysLeft,
  formatDate,
  formatNumber,
  intlTag,
  inventoryStatuses,
  type InventoryStatus,
  type Locale,
  type ManagerForm,
  type MissingSubmission,
  type Period,
  type ReminderRecord,
  type Translate,
  type Unit,
} from '../../domain';
import { routeHash } from '../app/route';
import { errorText } from '../common/errorText';
import { type ManagerServices } from '../services';
import { SeminarNotesSection } from './SeminarNotesSection';
import { daysLeftText } from '../start/UnitCard';
import { StatusBadge, useReviewSource } from './common';
import { saveFile } from '../common/saveFile';
import { RemindManagers, remindedText, useReminded } from './Reminders';
import { copyText, toCsv, toTabSeparated, type ExportTable } from './missingExport';
import {
  filterRows,
  filtered,
  noFilters,
  reviewOverview,
  type AreaProgress,
  type ReviewContext,
  type ReviewFilters,
  type ReviewOverview,
} from './reviewData';
import { type ReviewTranslate } from './reviewStrings';
import { scopeText } from './ReviewSummary';
import { useReviewStyles } from './useReviewStyles.styles';

type Styles = ReturnType<typeof useReviewStyles>;

/** Props of `ReviewList`. */
export interface ReviewListProps {
  readonly form: ManagerForm;
  readonly services: ManagerServices;
  readonly context: ReviewContext;
  readonly locale: Locale;
  readonly t: Translate;
  readonly tr: ReviewTranslate;
  /** The filters, kept by the caller so that they are still set on the way back from a unit. */
  readonly filters: ReviewFilters;
  readonly onFilters: (filters: ReviewFilters) => void;
  readonly onBack: () => void;
}

/**
 * The reviewer's list: the period, the progress of each sektor and kontor they review, their units with status and
 * answers (filtered by status, area and support function), and who has not submitted, to copy or download.
 */
export function ReviewList(props: ReviewListProps) {
  const { form, services, context, locale, t, tr, filters, onFilters, onBack } = props;
  const styles = useReviewStyles();
  const { period, actor } = context;
  const [state, reload] = useReviewSource(services, period?.id ?? null, { figures: true });
  const overview = useMemo(
    () =>
      state.kind === 'loaded' && period !== null
        ? reviewOverview({
            source: state.source,
            figures: state.figures,
            actor,
            config: form.config,
            periodId: period.id,
          })
        : null,
    [state, period, actor, form.config],
  );
  const now = services.now().toISOString();
  return (
    <div className={styles.root}>
      <Button className={styles.back} appearance="subtle" onClick={onBack}>
        {t('form.back')}
      </Button>
      <h1 className={styles.title} tabIndex={-1}>
        {tr('list.title')}
      </h1>
      <Text as="p" block>
        {scopeText(form, tr, locale)}
      </Text>
      {period === null ? (
        <MessageBar intent="info">
          <MessageBarBody>{tr('summary.noPeriod')}</MessageBarBody>
        </MessageBar>
      ) : (
        <Text as="p" block>
          {tr('list.period', {
            period: period.name[locale],
            date: formatDate(period.closesOn, locale, { style: 'long' }),
            left: daysLeftText(daysLeft(period, now), t),
          })}
        </Text>
      )}
      {period !== null && state.kind === 'loading' && <Spinner label={tr('list.loading')} />}
      {state.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {tr('list.failed')} {errorText(state.error, t)}
          </MessageBarBody>
          <Button onClick={() => reload(true)}>{t('app.retry')}</Button>
        </MessageBar>
      )}
      {overview !== null && period !== null && overview.rows.length === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{tr('list.noScope')}</MessageBarBody>
        </MessageBar>
      )}
      {overview !== null && period !== null && overview.rows.length > 0 && (
        <>
          <div className={styles.actions}>
            <Button onClick={() => reload(true)}>{tr('list.reload')}</Button>
          </div>
          <AreasSection areas={overview.areas} locale={locale} t={t} tr={tr} styles={styles} />
          <SeminarNotesSection
            services={services}
            periodId={period.id}
            config={form.config}
            nameOf={(id) => overview.byId.get(id)?.name ?? id}
            locale={locale}
            t={t}
            tr={tr}
            styles={styles}
          />
          <UnitsSection
            overview={overview}
            form={form}
            filters={filters}
            onFilters={onFilters}
            locale={locale}
            t={t}
            tr={tr}
            styles={styles}
          />
          <MissingSection
            missing={overview.missing}
            byId={overview.byId}
            left={Math.max(0, daysLeft(period, now))}
            period={period}
            reminders={
              actor.roles.some((role) => role.kind === 'projectTeam')
                ? { services, sektorIds: [...new Set(overview.rows.map((row) => row.unit.sektorId))] }
                : null
            }
            locale={locale}
            t={t}
            tr={tr}
            styles={styles}
          />
        </>
      )}
    </div>
  );
}

function AreasSection(props: {
  areas: readonly AreaProgress[];
  locale: Locale;
  t: Translate;
  tr: ReviewTranslate;
  styles: Styles;
}) {
  const { areas, locale, t, tr, styles } = props;
  return (
    <section aria-labelledby="review-progress" className={styles.section}>
      <h2 id="review-progress" className={styles.h2}>
        {tr('progress.heading')}
      </h2>
      <ul className={styles.grid}>
        {areas.map(({ unit, progress }) => {
          const id = `area-${unit.id}`;
          return (
            <li key={unit.id} className={styles.card}>
              <h3 id={id} className={styles.h3}>
                {unit.name}
              </h3>
              <Text className={styles.muted}>
                {tr(unit.kind === 'sektor' ? 'progress.sektor' : 'progress.kontor')}
              </Text>
              <Field
                label={
                  progress.share === null
                    ? tr('progress.shareNone')
                    : tr('progress.share', {
                        done: progress.submittedOrApproved,
                        total: progress.total,
                        share: new Intl.NumberFormat(intlTag(locale), { style: 'percent' }).format(
                          progress.share,
                        ),
                      })
                }
              >
                <ProgressBar
                  className={styles.progress}
                  value={progress.submittedOrApproved}
                  max={Math.max(1, progress.total)}
                  thickness="large"
                />
              </Field>
              <dl className={styles.facts}>
                {inventoryStatuses.map((status) => (
                  <Fragment key={status}>
                    <dt className={styles.term}>{t(`status.${status}`)}</dt>
                    <dd className={styles.value}>{formatNumber(progress.byStatus[status], locale)}</dd>
                  </Fragment>
                ))}
              </dl>
              {progress.vacant > 0 && (
                <Text as="p" block size={200}>
                  {progress.vacant === 1
                    ? tr('progress.vacantOne')
                    : tr('progress.vacantMany', { count: progress.vacant })}
                </Text>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function UnitsSection(props: {
  overview: ReviewOverview;
  form: ManagerForm;
  filters: ReviewFilters;
  onFilters: (filters: ReviewFilters) => void;
  locale: Locale;
  t: Translate;
  tr: ReviewTranslate;
  styles: Styles;
}) {
  const { overview, form, filters, onFilters, locale, t, tr, styles } = props;
  const shown = filterRows(overview.rows, filters);
  const functions = form.config.taxonomy.functions;
  const set = (change: Partial<ReviewFilters>) => onFilters({ ...filters, ...change });
  // The sektorer of the units, each with its kontor: the area filter's choices.
  const areas = useMemo(() => {
    const sektorer = new Map<string, Set<string>>();
    for (const { unit } of overview.rows) {
      const kontor = sektorer.get(unit.sektorId) ?? new Set<string>();
      if (unit.kontorId !== null) kontor.add(unit.kontorId);
      sektorer.set(unit.sektorId, kontor);
    }
    return [...sektorer].map(([sektorId, kontor]) => ({ sektorId, kontor: [...kontor] }));
  }, [overview.rows]);
  const nameOf = (id: string) => overview.byId.get(id)?.name ?? id;
  return (
    <section aria-labelledby="review-units" className={styles.section}>
      <h2 id="review-units" className={styles.h2}>
        {tr('units.heading')}
      </h2>
      <div role="group" aria-label={tr('filter.heading')} className={styles.filters}>
        <Field label={tr('filter.status')}>
          <Select
            value={filters.status}
            onChange={(_, data) => set({ status: data.value as InventoryStatus | '' })}
          >
            <option value="">{tr('filter.allStatuses')}</option>
            {inventoryStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={tr('filter.area')}>
          <Select value={filters.area} onChange={(_, data) => set({ area: data.value })}>
            <option value="">{tr('filter.allAreas')}</option>
            {areas.map(({ sektorId, kontor }) => (
              <optgroup key={sektorId} label={nameOf(sektorId)}>
                <option value={`s:${sektorId}`}>
                  {tr('filter.wholeSektor', { name: nameOf(sektorId) })}
                </option>
                {kontor.map((id) => (
                  <option key={id} value={`k:${id}`}>
                    {nameOf(id)}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        </Field>
        <Field label={tr('filter.function')}>
          <Select value={filters.functionId} onChange={(_, data) => set({ functionId: data.value })}>
            <option value="">{tr('filter.anyFunction')}</option>
            {functions.map((fn) => (
              <option key={fn.id} value={fn.id}>
                {fn.label[locale]}
              </option>
            ))}
          </Select>
        </Field>
        {filters.functionId !== '' && (
          <Field label={tr('filter.answer')}>
            <Select
              value={filters.answer}
              onChange={(_, data) => set({ answer: data.value === 'unanswered' ? 'unanswered' : 'answered' })}
            >
              <option value="answered">{tr('filter.answered')}</option>
              <option value="unanswered">{tr('filter.unanswered')}</option>
            </Select>
          </Field>
        )}
        <Button className={styles.clear} disabled={!filtered(filters)} onClick={() => onFilters(noFilters)}>
          {tr('filter.clear')}
        </Button>
      </div>
      <Text role="status" block>
        {shown.length === 0
          ? tr('units.none')
          : tr('units.shown', { shown: shown.length, total: overview.rows.length })}
      </Text>
      <ul className={styles.grid}>
        {shown.map((row) => {
          const id = `unit-${row.unit.id}`;
          return (
            <li key={row.unit.id} className={styles.card}>
              <h3 id={id} className={styles.h3}>
                <Link href={routeHash({ page: 'review', unitId: row.unit.id })}>{row.unit.name}</Link>
              </h3>
              <div>
                <StatusBadge status={row.status} t={t} />
              </div>
              <dl className={styles.facts}>
                <dt className={styles.term}>{tr('unit.manager')}</dt>
                <dd className={styles.value}>{row.unit.manager?.name ?? tr('unit.vacant')}</dd>
                <dt className={styles.term}>{tr('unit.area')}</dt>
                <dd className={styles.value}>{row.area}</dd>
                <dt className={styles.term}>{t('start.progress')}</dt>
                <dd className={styles.value}>
                  {t('start.progressValue', { answered: row.answered.size, total: functions.length })}
                </dd>
              </dl>
              {row.own && (
                <Text as="p" block size={200}>
                  {tr('unit.own')}
                </Text>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The units that have not submitted, grouped by kontor (or sektor, for units outside any kontor). */
function groupsOf(missing: readonly MissingSubmission[]) {
  const groups = new Map<string, MissingSubmission[]>();
  for (const entry of missing) {
    if (entry.vacant) continue;
    const key = entry.kontorId ?? entry.sektorId;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups];
}

/** The not-submitted list as a table to copy or download: every unit that can answer, then the vacant ones. */
export function missingTable(
  missing: readonly MissingSubmission[],
  context: { byId: ReadonlyMap<string, Unit>; left: number; t: Translate; tr: ReviewTranslate },
): ExportTable {
  const { byId, left, t, tr } = context;
  const name = (id: string | null) => (id === null ? '' : (byId.get(id)?.name ?? id));
  return {
    header: [
      'col.sektor',
      'col.kontor',
      'col.unit',
      'col.manager',
      'col.email',
      'col.status',
      'col.daysLeft',
    ].map((key) => tr(key as Parameters<ReviewTranslate>[0])),
    rows: [...missing.filter((m) => !m.vacant), ...missing.filter((m) => m.vacant)].map((m) => [
      name(m.sektorId),
      name(m.kontorId),
      m.unitName,
      m.managerName ?? tr('unit.vacant'),
      m.managerUpn ?? '',
      t(`status.${m.status}`),
      left,
    ]),
  };
}

function MissingSection(props: {
  missing: readonly MissingSubmission[];
  byId: ReadonlyMap<string, Unit>;
  left: number;
  period: Period;
  /** For the project team, who remind managers: the services and the sektorer of the list. */
  reminders: { services: ManagerServices; sektorIds: readonly string[] } | null;
  locale: Locale;
  t: Translate;
  tr: ReviewTranslate;
  styles: Styles;
}) {
  const { missing, byId, left, period, reminders, locale, t, tr, styles } = props;
  const periodId = period.id;
  const [said, setSaid] = useState<{ text: string; fallback?: string } | null>(null);
  const box = useRef<HTMLTextAreaElement | null>(null);
  const table = useMemo(() => missingTable(missing, { byId, left, t, tr }), [missing, byId, left, t, tr]);
  const groups = groupsOf(missing);
  const vacant = missing.filter((m) => m.vacant);
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const [remindedState, reloadReminded] = useReminded(reminders, periodId);
  const reminded = remindedState.kind === 'loaded' ? remindedState.latest : null;
  useEffect(() => {
    if (said?.fallback !== undefined) box.current?.select();
  }, [said]);
  const copy = async () => {
    const text = toTabSeparated(table);
    const copied = await copyText(text);
    setSaid(
      copied
        ? { text: tr('missing.copied', { count: table.rows.length }) }
        : { text: tr('missing.copyFailed'), fallback: text },
    );
  };
  const download = () => {
    const file = `${tr('missing.file')}-${periodId}.csv`;
    saveFile(toCsv(table), file, 'text/csv;charset=utf-8');
    setSaid({ text: tr('missing.downloaded', { file }) });
  };
  return (
    <section aria-labelledby="review-missing" className={styles.section}>
      <h2 id="review-missing" className={styles.h2}>
        {tr('missing.heading')}
      </h2>
      {missing.length === 0 ? (
        <Text as="p" block>
          {tr('missing.none')}
        </Text>
      ) : (
        <>
          <Text as="p" block>
            {tr('missing.intro')}
          </Text>
          <div className={styles.actions}>
            <Button onClick={() => void copy()}>{tr('missing.copy')}</Button>
            <Button onClick={download}>{tr('missing.download')}</Button>
          </div>
        </>
      )}
      <Text role="status" block>
        {said?.text ?? ''}
      </Text>
      {said?.fallback !== undefined && (
        <Field label={tr('missing.copyBox')}>
          <Textarea ref={box} className={styles.copyBox} readOnly value={said.fallback} rows={6} />
        </Field>
      )}
      {reminders !== null && missing.some((m) => !m.vacant) && (
        <section aria-labelledby="review-remind" className={styles.section}>
          <h3 id="review-remind" className={styles.h3}>
            {tr('remind.heading')}
          </h3>
          <RemindManagers
            missing={missing}
            self={reminders.services.upn}
            period={period}
            state={remindedState}
            onSent={reloadReminded}
            onRetry={reloadReminded}
            t={t}
            tr={tr}
            styles={styles}
            now={reminders.services.now}
          />
        </section>
      )}
      {groups.map(([areaId, entries]) => (
        <MissingTable
          key={areaId}
          id={`missing-${areaId}`}
          title={nameOf(areaId)}
          entries={entries}
          left={left}
          reminded={reminded}
          locale={locale}
          t={t}
          tr={tr}
          styles={styles}
        />
      ))}
      {vacant.length > 0 && (
        <>
          <h3 className={styles.h3}>{tr('missing.vacantHeading')}</h3>
          <Text as="p" block>
            {tr('missing.vacantIntro')}
          </Text>
          <MissingTable
            id="missing-vacant"
            title={tr('missing.vacantHeading')}
            hideTitle
            entries={vacant}
            left={left}
            reminded={null}
            locale={locale}
            t={t}
            tr={tr}
            styles={styles}
          />
        </>
      )}
    </section>
  );
}

function MissingTable(props: {
  id: string;
  title: string;
  hideTitle?: boolean;
  entries: readonly MissingSubmission[];
  left: number;
  /** Who was reminded when (the project team's column), or `null` for no such column. */
  reminded: ReadonlyMap<string, ReminderRecord> | null;
  locale: Locale;
  t: Translate;
  tr: ReviewTranslate;
  styles: Styles;
}) {
  const { id, title, hideTitle = false, entries, left, reminded, locale, t, tr, styles } = props;
  return (
    <>
      {!hideTitle && (
        <h3 id={id} className={styles.h3}>
          {title}
        </h3>
      )}
      <table className={styles.table} {...(hideTitle ? { 'aria-label': title } : { 'aria-labelledby': id })}>
        <thead>
          <tr>
            <th scope="col" className={reminded === null ? styles.unitColumn : styles.unitColumnNarrow}>
              {tr('col.unit')}
            </th>
            <th scope="col" className={reminded === null ? styles.managerColumn : styles.managerColumnNarrow}>
              {tr('col.manager')}
            </th>
            <th scope="col" className={reminded === null ? undefined : styles.statusColumnNarrow}>
              {tr('col.status')}
            </th>
            {/* The same for every row, and said above the list: it gives way to "Påmind" on a phone's width. */}
            {reminded === null && (
              <th scope="col" className={styles.days}>
                {tr('col.daysLeft')}
              </th>
            )}
            {reminded !== null && (
              <th scope="col" className={styles.remindedColumn}>
                {tr('col.reminded')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {entries.map((m) => (
            <tr key={m.unitId}>
              <td>{m.unitName}</td>
              <td>{m.managerName ?? tr('unit.vacant')}</td>
              <td>{t(`status.${m.status}`)}</td>
              {reminded === null && <td>{left}</td>}
              {reminded !== null && (
                <td>
                  {remindedText(
                    m.managerUpn === null ? undefined : reminded.get(m.managerUpn.toLowerCase()),
                    locale,
                    tr,
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
