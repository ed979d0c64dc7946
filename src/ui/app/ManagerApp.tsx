import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  asAppError,
  emptyInventory,
  translator,
  type AppError,
  type Inventory,
  type Locale,
  type ManagerForm,
  type Translate,
} from '../../domain';
import { errorText } from '../common/errorText';
import { type ManagerServices } from '../services';
import { StartPage } from '../start/StartPage';
import { routeHash, useHashRoute } from './route';
import {
  loadDashboardModule,
  loadFormModule,
  loadOrganisationModule,
  loadReviewModule,
  useLazyModule,
} from './useLazyModule';

type Load =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'loaded'; readonly form: ManagerForm };

/**
 * The manager's tab: loads their form once (`loadMine`, the only read when the tab opens) and shows the start
 * page, a unit's form, or an earlier period's inventory, as the URL's fragment says; for a reviewer also what they
 * review (a chunk of its own, which reads what it needs when it loads).
 */
export function ManagerApp(props: { services: ManagerServices; locale: Locale }) {
  const { services, locale } = props;
  const t = useMemo(() => translator(locale), [locale]);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [inventories, setInventories] = useState<ReadonlyMap<string, Inventory>>(new Map());
  const [attempt, setAttempt] = useState(0);
  const [route, go] = useHashRoute();
  const firstRoute = useRef(true);
  const reviewing = route.page === 'review';
  const rights = load.kind === 'loaded' ? load.form.review : undefined;
  const reviewer = rights !== undefined && (rights.projectTeam || rights.reviewerOf.length > 0);
  const formModule = useLazyModule(
    loadFormModule,
    route.page === 'form' || route.page === 'earlier' || route.page === 'comparison',
  );
  const reviewModule = useLazyModule(loadReviewModule, reviewing || (reviewer && route.page === 'start'));
  const overview = route.page === 'overview';
  // The project team's settings and scenarios live in the dashboard's chunk: they are reached from the overview.
  const fromOverview = route.page === 'settings' || route.page === 'scenarios';
  const dashboardModule = useLazyModule(loadDashboardModule, overview || fromOverview);
  const organising =
    route.page === 'bookings' ||
    route.page === 'answerRound' ||
    route.page === 'rounds' ||
    route.page === 'presentation';
  const organisationModule = useLazyModule(loadOrganisationModule, organising);
  const chunk = reviewing
    ? reviewModule
    : overview || fromOverview
      ? dashboardModule
      : organising
        ? organisationModule
        : formModule;
  const pageReady = route.page === 'start' || chunk.kind === 'loaded';
  useEffect(() => {
    let current = true;
    setLoad({ kind: 'loading' });
    services.inventories.loadMine({ upn: services.upn, on: services.now().toISOString() }).then(
      (form) => {
        if (!current) return;
        setInventories(new Map(form.inventories.map((i) => [i.unitId, i])));
        setLoad({ kind: 'loaded', form });
      },
      (error: unknown) => current && setLoad({ kind: 'failed', error: asAppError(error) }),
    );
    return () => {
      current = false;
    };
  }, [services, attempt]);

  // A new page puts the focus on its heading, as a page load would (the button that led here is gone), unless
  // the page placed it itself (the form resuming at a function). Not on the first page: the browser starts there.
  // A page whose code is still loading gets it when it has loaded.
  useEffect(() => {
    if (!pageReady) return;
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    window.scrollTo?.(0, 0);
    document.querySelector<HTMLElement>('h1')?.focus();
  }, [route, pageReady]);

  const onStored = useCallback(
    (inventory: Inventory) => setInventories((before) => new Map(before).set(inventory.unitId, inventory)),
    [],
  );
  const toStart = useCallback(() => go({ page: 'start' }), [go]);

  if (load.kind === 'loading') return <Spinner label={t('app.loading')} />;
  if (load.kind === 'failed' && (load.error.code === 'notFound' || load.error.code === 'forbidden')) {
    // SharePoint hides the lists from anyone outside the managers' group (404, as if they did not exist).
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t('start.noAccess')}</MessageBarBody>
      </MessageBar>
    );
  }
  if (load.kind === 'failed') {
    return (
      <LoadFailed
        title={t('app.loadFailed')}
        error={load.error}
        onRetry={() => setAttempt((n) => n + 1)}
        t={t}
      />
    );
  }
  const { form } = load;
  const now = services.now().toISOString();
  if (route.page !== 'start' && chunk.kind === 'loading') return <Spinner label={t('app.loading')} />;
  if (route.page !== 'start' && chunk.kind === 'failed') {
    return <LoadFailed title={t('app.pageLoadFailed')} error={chunk.error} onRetry={chunk.retry} t={t} />;
  }
  const dashboard = dashboardModule.kind === 'loaded' ? dashboardModule.module : undefined;
  // Anyone else asking for the scenarios, or an overview between periods, gets the start page.
  const shown =
    (overview && form.period !== null) ||
    route.page === 'settings' ||
    (route.page === 'scenarios' && form.review.projectTeam);
  if (shown && dashboard !== undefined) {
    const pageRoute = route as Parameters<typeof dashboard.OverviewPages>[0]['route'];
    return (
      <dashboard.OverviewPages
        route={pageRoute}
        form={form}
        services={services}
        locale={locale}
        go={go}
        now={now}
      />
    );
  }
  if (organising && organisationModule.kind === 'loaded') {
    return (
      <organisationModule.module.OrganisationPages
        route={route}
        form={form}
        services={services}
        locale={locale}
        go={go}
        now={now}
      />
    );
  }
  const review = reviewModule.kind === 'loaded' ? reviewModule.module : undefined;
  if (reviewing && review !== undefined) {
    return <review.ReviewPages route={route} form={form} services={services} locale={locale} go={go} />;
  }
  const pages = formModule.kind === 'loaded' ? formModule.module : undefined;
  if (route.page === 'form' && form.period !== null && pages !== undefined) {
    const unit = form.units.find((u) => u.id === route.unitId);
    if (unit !== undefined) {
      const stored = inventories.get(unit.id) ?? emptyInventory(unit, form.period.id);
      return (
        <pages.InventoryForm
          key={stored.id}
          config={form.config}
          period={form.period}
          unit={unit}
          stored={stored}
          services={services}
          locale={locale}
          onBack={toStart}
          onStored={onStored}
        />
      );
    }
  }
  if (route.page === 'comparison' && pages !== undefined) {
    return (
      <pages.ComparisonPage
        form={form}
        unitId={route.unitId}
        inventory={inventories.get(route.unitId)}
        comparisons={services.comparisons}
        locale={locale}
        onBack={toStart}
      />
    );
  }
  if (route.page === 'earlier' && pages !== undefined) {
    return (
      <pages.EarlierInventory
        key={`${route.periodId}:${route.unitId}`}
        form={form}
        periodId={route.periodId}
        unitId={route.unitId}
        services={services}
        t={t}
        locale={locale}
        onBack={toStart}
      />
    );
  }
  return (
    <StartPage
      form={form}
      inventories={inventories}
      upn={services.upn}
      now={now}
      t={t}
      locale={locale}
      onOpen={(unitId) => go({ page: 'form', unitId })}
      onOpenEarlier={(periodId, unitId) => go({ page: 'earlier', periodId, unitId })}
      review={
        !reviewer ? undefined : review !== undefined ? (
          <>
            <review.ReviewSummary form={form} services={services} locale={locale} />
            <review.OrganisationWorkLinks form={form} locale={locale} />
            {form.period === null ? null : (
              <Link href={routeHash({ page: 'overview' })}>{t('app.overview')}</Link>
            )}
          </>
        ) : (
          reviewModule.kind === 'failed' && (
            <LoadFailed
              title={t('app.pageLoadFailed')}
              error={reviewModule.error}
              onRetry={reviewModule.retry}
              t={t}
            />
          )
        )
      }
    />
  );
}

/** Something the page needs could not be fetched: what, why in plain words, and a way to try again. */
function LoadFailed(props: { title: string; error: AppError; onRetry: () => void; t: Translate }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {errorText(props.error, props.t)}
      </MessageBarBody>
      <Button onClick={props.onRetry}>{props.t('app.retry')}</Button>
    </MessageBar>
  );
}
