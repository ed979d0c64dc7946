import {
  formatNumber,
  type FieldValue,
  type Locale,
  type MessageKey,
  type MunicipalityConfig,
  type Translate,
} from '../../domain';

/** What the form says to name things: the string table, the language and the configured labels. */
export interface LabelContext {
  readonly config: MunicipalityConfig;
  readonly t: Translate;
  readonly locale: Locale;
}

const lineFieldKeys: Readonly<Record<string, MessageKey>> = {
  persons: 'line.persons',
  arsarbetare: 'line.arsarbetare',
  roles: 'line.roles',
  supportLocations: 'line.supportLocations',
  quality: 'line.quality',
  competenceNow: 'line.competenceNow',
  competenceNeeded: 'line.competenceNeeded',
  competenceGap: 'line.competenceGap',
  placement: 'line.placement',
  comment: 'line.comment',
};

const firstLineFieldKeys: Readonly<Record<string, MessageKey>> = {
  adminHours: 'firstLine.adminHours',
  chefsnaraStodArsarbetare: 'firstLine.chefsnaraStod',
  medarbetarspann: 'firstLine.medarbetarspann',
  lackingSupport: 'firstLine.lackingSupport',
};

/**
 * Where a validation path points, in words: the section (a function's name, or the first-line section) and the
 * field's label, or `null` for the section as a whole (a function not answered at all).
 */
export function fieldLabel(path: string, context: LabelContext): { section: string; field: string | null } {
  const { config, t, locale } = context;
  const [root, id, field, sub] = path.split('.');
  if (root === 'lines' && id !== undefined) {
    const fn = config.taxonomy.functions.find((f) => f.id === id);
    const section = fn?.label[locale] ?? id;
    if (field === undefined) return { section, field: null };
    if (field === 'roles' && sub !== undefined) {
      const role = fn?.roles.find((r) => r.id === sub)?.label[locale] ?? sub;
      return { section, field: t('line.roleFte', { role }) };
    }
    const key = lineFieldKeys[field];
    return { section, field: key === undefined ? field : t(key) };
  }
  const section = t('firstLine.heading');
  if (root === 'firstLine' && id !== undefined) {
    if (id === 'adminHours' && field !== undefined) {
      const category = config.adminHourCategories.find((c) => c.id === field)?.label[locale] ?? field;
      return { section, field: t('firstLine.category', { category }) };
    }
    const key = firstLineFieldKeys[id];
    return { section, field: key === undefined ? id : t(key) };
  }
  return { section, field: null };
}

/** A field's value as the manager reads it: numbers for the locale, labels for locations and placements. */
export function valueText(
  value: FieldValue,
  context: LabelContext,
  options: { readonly placement?: boolean } = {},
): string {
  const { config, t, locale } = context;
  if (value === null) return t('value.notAnswered');
  if (typeof value === 'number') return formatNumber(value, locale, { maximumFractionDigits: 6 });
  if (Array.isArray(value)) {
    if (value.length === 0) return t('value.noLocations');
    return value.map((id) => config.locations.find((l) => l.id === id)?.label[locale] ?? id).join(', ');
  }
  const text = value as string;
  if (options.placement === true) return config.placements.find((p) => p.id === text)?.label[locale] ?? text;
  return text.trim() === '' ? t('value.empty') : text;
}
