import { MessageBar, MessageBarBody, Spinner, Button } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import {
  asAppError,
  type AppError,
  type Inventory,
  type Locale,
  type ManagerForm,
  type Translate,
} from '../../domain';
import { errorText } from '../common/errorText';
import { InventoryForm } from '../form/InventoryForm';
import { type ManagerServices } from '../services';

/**
 * A unit's inventory of an earlier period, read-only: fetched when asked for (one request, `get`), since the
 * start page's `loadMine` reads the open period only.
 */
export function EarlierInventory(props: {
  form: ManagerForm;
  periodId: string;
  unitId: string;
  services: ManagerServices;
  t: Translate;
  locale: Locale;
  onBack: () => void;
}) {
  const { form, periodId, unitId, services, t, locale, onBack } = props;
  const [loaded, setLoaded] = useState<{ inventory: Inventory | null } | { error: AppError } | null>(null);
  useEffect(() => {
    let current = true;
    services.inventories.get(periodId, unitId).then(
      (inventory) => current && setLoaded({ inventory }),
      (error: unknown) => current && setLoaded({ error: asAppError(error) }),
    );
    return () => {
      current = false;
    };
  }, [services, periodId, unitId]);

  const period = form.periods.find((p) => p.id === periodId);
  const unit = form.units.find((u) => u.id === unitId);
  if (loaded === null) return <Spinner label={t('app.loading')} />;
  const problem =
    'error' in loaded
      ? errorText(loaded.error, t)
      : loaded.inventory === null || period === undefined || unit === undefined
        ? t('start.earlierNone')
        : null;
  if (problem !== null || !('inventory' in loaded) || loaded.inventory === null || !period || !unit) {
    return (
      <>
        <Button appearance="subtle" onClick={onBack}>
          {t('form.back')}
        </Button>
        <MessageBar intent="info">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      </>
    );
  }
  return (
    <InventoryForm
      config={form.config}
      period={period}
      unit={unit}
      stored={loaded.inventory}
      services={services}
      locale={locale}
      mode="history"
      onBack={onBack}
    />
  );
}
