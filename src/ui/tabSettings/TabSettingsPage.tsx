import { Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { type Locale } from '../../domain';
import { boardTranslator } from '../board/boardStrings';

/** What a channel tab can show: the app itself, or the board's summary of an area. */
export type TabChoice =
  { readonly kind: 'app' } | { readonly kind: 'board'; readonly scopeKey: string; readonly name: string };

/**
 * The channel tab's settings page, shown by Teams when the tab is added to a channel or its settings are opened:
 * the app (everyone sees their own), or the board's summary of the kommun or a sektor that has one published.
 * Teams' own Save button stores the choice (the composition root reads it with `choice()`).
 */
export function TabSettingsPage(props: {
  locale: Locale;
  /** The areas with a published summary (`kommun` always offered). */
  loadScopes: () => Promise<readonly { readonly scopeKey: string; readonly name: string }[]>;
  onChoice: (choice: TabChoice) => void;
}) {
  const { locale, loadScopes, onChoice } = props;
  const t = useMemo(() => boardTranslator(locale), [locale]);
  const [scopes, setScopes] = useState<readonly { scopeKey: string; name: string }[] | null>(null);
  const [value, setValue] = useState('app');
  useEffect(() => {
    loadScopes().then(
      (found) => setScopes(found),
      () => setScopes([]),
    );
  }, [loadScopes]);
  const kommun = { scopeKey: 'kommun', name: t('publish.kommun') };
  const offered = [kommun, ...(scopes ?? []).filter((s) => s.scopeKey !== 'kommun')];
  const choose = (next: string) => {
    setValue(next);
    const scope = offered.find((s) => s.scopeKey === next);
    onChoice(scope === undefined ? { kind: 'app' } : { kind: 'board', ...scope });
  };
  return (
    <>
      <Text as="h1" size={700} weight="semibold" block>
        {t('config.title')}
      </Text>
      <Text as="p" block>
        {t('config.body')}
      </Text>
      <Field label={t('config.choice')}>
        <RadioGroup value={value} onChange={(_, d) => choose(d.value)}>
          <Radio value="app" label={t('config.app')} />
          {offered.map((s) => (
            <Radio key={s.scopeKey} value={s.scopeKey} label={t('config.board', { area: s.name })} />
          ))}
        </RadioGroup>
      </Field>
      {scopes !== null && scopes.length === 0 ? (
        <Text as="p" block>
          {t('config.noScopes')}
        </Text>
      ) : null}
    </>
  );
}
