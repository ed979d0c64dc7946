import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { translator, type Locale, type MessageKey } from '../domain';

/** What the tab says when it cannot start (its configuration cannot be read), with the technical detail. */
export function StartupProblem(props: { locale: Locale; problem: MessageKey; detail?: string }) {
  const t = translator(props.locale);
  return (
    <>
      <Text as="h1" size={700} weight="semibold" block>
        {t('app.name')}
      </Text>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(props.problem)}</MessageBarTitle>
          {props.detail !== undefined && <pre>{props.detail}</pre>}
        </MessageBarBody>
      </MessageBar>
    </>
  );
}
