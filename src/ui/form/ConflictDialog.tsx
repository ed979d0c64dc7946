import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import {
  inventoryDifferences,
  mergeInventories,
  type Inventory,
  type InventoryDifference,
} from '../../domain';
import { fieldLabel, valueText, type LabelContext } from './fieldLabels';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: `${tokens.spacingVerticalM} 0 0`,
    padding: 0,
    listStyleType: 'none',
  },
  item: {
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { flexWrap: 'wrap' },
});

/** How the manager settled a conflict. */
export type ConflictChoice =
  /** Keep `merged` (theirs with the fields chosen from mine); save it. */
  | { readonly kind: 'merge'; readonly merged: Inventory }
  /** Take the stored version as it is. */
  | { readonly kind: 'theirs' };

/** Props of `ConflictDialog`. */
export interface ConflictDialogProps {
  /** What this session has (the draft, or the backup of an earlier one). */
  readonly mine: Inventory;
  /** What SharePoint holds now, with its version. */
  readonly theirs: Inventory;
  /** Whether the stored version can still be changed (not submitted or approved). */
  readonly editable: boolean;
  readonly context: LabelContext;
  readonly onChoose: (choice: ConflictChoice) => void;
}

function where(difference: InventoryDifference, context: LabelContext): string {
  const { section, field } = fieldLabel(difference.path, context);
  return field === null ? section : `${section} – ${field}`;
}

/**
 * Someone saved the inventory first (SharePoint's 412): every field that differs, with both values, and a choice
 * per field: keep mine or take the saved one; or all of one side. Nothing is saved until the manager chooses, and
 * what they choose is saved on the stored version, so nobody's answer is lost without being seen.
 */
export function ConflictDialog(props: ConflictDialogProps) {
  const { mine, theirs, editable, context, onChoose } = props;
  const { t } = context;
  const styles = useStyles();
  const differences = useMemo(
    () => inventoryDifferences(mine, theirs, context.config),
    [mine, theirs, context.config],
  );
  // Mine by default: it is what the manager just typed.
  const [takeTheirs, setTakeTheirs] = useState<ReadonlySet<string>>(new Set());
  const value = (difference: InventoryDifference, side: 'mine' | 'theirs') =>
    valueText(difference[side], context, { placement: difference.field === 'placement' });
  const merge = (keepMine: ReadonlySet<string>) =>
    onChoose({ kind: 'merge', merged: mergeInventories(mine, theirs, { config: context.config, keepMine }) });
  const all = differences.map((d) => d.path);

  return (
    <Dialog open modalType="alert">
      <DialogSurface aria-describedby="conflict-intro">
        <DialogBody>
          <DialogTitle>{t('conflict.title')}</DialogTitle>
          <DialogContent>
            <Text as="p" block id="conflict-intro">
              {t('conflict.intro')}
            </Text>
            {!editable && (
              <MessageBar intent="warning">
                <MessageBarBody>{t('conflict.locked')}</MessageBarBody>
              </MessageBar>
            )}
            <Text as="p" block weight="semibold">
              {differences.length === 1
                ? t('conflict.countOne')
                : t('conflict.count', { count: differences.length })}
            </Text>
            <ul className={styles.list}>
              {differences.map((difference) => (
                <li key={difference.path} className={styles.item}>
                  {editable ? (
                    <Field label={where(difference, context)}>
                      <RadioGroup
                        value={takeTheirs.has(difference.path) ? 'theirs' : 'mine'}
                        onChange={(_, data) => {
                          const next = new Set(takeTheirs);
                          if (data.value === 'theirs') next.add(difference.path);
                          else next.delete(difference.path);
                          setTakeTheirs(next);
                        }}
                      >
                        <Radio
                          value="mine"
                          label={t('conflict.keepMine', { value: value(difference, 'mine') })}
                        />
                        <Radio
                          value="theirs"
                          label={t('conflict.takeTheirs', { value: value(difference, 'theirs') })}
                        />
                      </RadioGroup>
                    </Field>
                  ) : (
                    <>
                      <Text as="p" block weight="semibold">
                        {where(difference, context)}
                      </Text>
                      <Text as="p" block>
                        {t('conflict.keepMine', { value: value(difference, 'mine') })}
                      </Text>
                      <Text as="p" block>
                        {t('conflict.takeTheirs', { value: value(difference, 'theirs') })}
                      </Text>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions className={styles.actions} fluid>
            {editable ? (
              <>
                <Button
                  appearance="primary"
                  onClick={() => merge(new Set(all.filter((path) => !takeTheirs.has(path))))}
                >
                  {t('conflict.merge')}
                </Button>
                <Button onClick={() => merge(new Set(all))}>{t('conflict.keepAllMine')}</Button>
                <Button onClick={() => onChoose({ kind: 'theirs' })}>{t('conflict.takeAllTheirs')}</Button>
              </>
            ) : (
              <Button appearance="primary" onClick={() => onChoose({ kind: 'theirs' })}>
                {t('conflict.close')}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
