import { Text } from '@fluentui/react-components';
import { translator, type Locale } from '../../domain';

/**
 * The channel tab's settings page, shown by Teams when the tab is added to a channel. It has nothing to choose:
 * the tab shows each person what they may see. Teams' own Save button (enabled by the composition root) adds it.
 */
export function TabSettingsPage(props: { locale: Locale }) {
  const t = translator(props.locale);
  return (
    <>
      <Text as="h1" size={700} weight="semibold" block>
        {t('tabSettings.title')}
      </Text>
      <Text as="p" block>
        {t('tabSettings.body')}
      </Text>
    </>
  );
}
