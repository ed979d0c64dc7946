/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The Chefsdagen presentation mode in jsdom: every slide reached by the keyboard as a presenter's clicker and
// keyboard would, its position announced politely, Escape leaving, the focus kept inside and given back, the
// blocks as a definition list, real tables and lists, the full screen asked for (and its refusal shrugged off),
// and the PowerPoint download with its busy state and its error in Swedish and English. jsdom has no
// `URL.createObjectURL` and no Fullscreen API: the test stands in for them.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { AppError, dashboardView, scenarioOutcomes, type Locale, type Period } from '../../../src/domain';
import { presentationSlides, type Slide } from '../../../src/domain/presentation';
import { PresentationMode } from '../../../src/ui/presentation/PresentationMode';
import { allLines, completeInventory, config, units } from '../domain/fixtures';
import { bytesOf, captureDownloads } from './support/downloads';

const period: Period = {
  id: '2018',
  name: { sv: 'Inventering våren 2018', en: 'Inventory spring 2018' },
  opensOn: '2018-03-01',
  closesOn: '2018-06-30',
};
const inventories = [
  completeInventory('S1', {
    status: 'approved',
    lines: allLines({
      ekonomi: { persons: 3, arsarbetare: 2.5, roles: [{ roleId: 'controller', arsarbetare: 2.5 }] },
    }),
  }),
  completeInventory('K1'),
  completeInventory('E2'),
  completeInventory('S2'),
];
const view = dashboardView({ config, periods: [period], units, inventories, ignored: [] }, '2018');
const [outcome] = scenarioOutcomes({ units, inventories, config, periodId: '2018' }, [
  { id: 's', name: 'Samlad ekonomi', periodId: '2018', overrides: { ekonomi: 'centralisera' } },
]);
const slidesIn = (locale: Locale): Slide[] =>
  presentationSlides(
    {
      config,
      period,
      shownOn: '2026-09-14',
      aggregate: view.aggregate,
      firstLine: view.firstLine,
      scenario: outcome,
      consultation: [{ functionId: 'hr', agree: 12, disagree: 3, comments: 4 }],
      source: { kind: 'live', countedAt: '2026-09-14T07:30:00Z' },
    },
    locale,
  );
const slides = slidesIn('sv');

const { saved, blobs } = captureDownloads();

function show(
  options: {
    locale?: Locale;
    onExit?: () => void;
    onExport?: () => Promise<Uint8Array>;
    shown?: Slide[];
  } = {},
) {
  const {
    locale = 'sv',
    onExit = jest.fn(),
    onExport = jest.fn(async () => new Uint8Array([80, 75])),
  } = options;
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <button type="button">Presentera</button>
      <PresentationMode
        slides={options.shown ?? slides}
        locale={locale}
        onExit={onExit}
        onExport={onExport}
        fileName="chefsdagen-2018.pptx"
      />
    </FluentProvider>,
  );
}

const dialog = (): HTMLElement => {
  const found = document.querySelector<HTMLElement>('[role="dialog"]');
  if (found === null) throw new Error('no dialog');
  return found;
};
const press = (key: string, target: Element = dialog(), init: KeyboardEventInit = {}) =>
  fireEvent.keyDown(target, { key, ...init });
/** The slide shown: the region described as a "bild" (the accessible name queries are slow: attributes here). */
const current = (): HTMLElement => {
  const regions = document.querySelectorAll<HTMLElement>('[role="region"][aria-roledescription="bild"]');
  expect(regions).toHaveLength(1);
  return regions[0]!;
};
const announced = () => document.querySelector('[aria-live="polite"]')?.textContent;
const expectSlide = (i: number) => {
  const slide = slides[i]!;
  expect(current().getAttribute('aria-label')).toBe(slide.title);
  expect(current().querySelector('h2')?.textContent).toBe(slide.title);
  expect(announced()).toBe(`Bild ${i + 1} av ${slides.length}: ${slide.title}`);
  expect(dialog().textContent).toContain(`${i + 1} / ${slides.length}`);
};
const disabled = (element: HTMLElement) => element.getAttribute('aria-disabled') === 'true';

afterEach(() => {
  saved.length = 0;
  blobs.length = 0;
});

describe('the presentation mode', () => {
  it('goes through every slide by the keyboard, and back, as a presenter does', () => {
    show();
    expect(slides.map((s) => s.id)).toEqual([
      'title',
      'progress',
      'readiness',
      'proposals',
      'scenario',
      'firstLine',
      'consultation',
    ]);
    expectSlide(0);
    // A clicker's PageDown, the arrow, Space and Enter all go on; past the last slide nothing moves.
    const forward = ['ArrowRight', 'PageDown', ' ', 'Enter', 'ArrowRight', 'ArrowRight', 'ArrowRight'];
    forward.forEach((key, i) => {
      press(key);
      expectSlide(Math.min(i + 1, slides.length - 1));
    });
    press('ArrowLeft');
    expectSlide(5);
    press('PageUp');
    expectSlide(4);
    press('Backspace');
    expectSlide(3);
    press('Home');
    expectSlide(0);
    press('ArrowLeft');
    expectSlide(0);
    press('End');
    expectSlide(6);
    // A key with a modifier is the browser's (Alt+Left is "back"), not the presentation's.
    press('ArrowLeft', dialog(), { altKey: true });
    expectSlide(6);
  });

  it('lets Space and Enter press a focused button rather than change the slide', () => {
    show();
    const leave = screen.getByRole('button', { name: 'Avsluta' });
    press('Enter', leave);
    press(' ', leave);
    expectSlide(0);
  });

  it('leaves with Escape and with the Leave button', () => {
    const onExit = jest.fn();
    show({ onExit });
    press('Escape');
    expect(onExit).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Avsluta' }));
    expect(onExit).toHaveBeenCalledTimes(2);
  });

  it('has buttons for touch, Previous held (but focusable) on the first slide and Next on the last', () => {
    show();
    const previous = screen.getByRole('button', { name: 'Föregående' });
    const next = screen.getByRole('button', { name: 'Nästa' });
    expect(disabled(previous)).toBe(true);
    fireEvent.click(next);
    expectSlide(1);
    expect(disabled(previous)).toBe(false);
    fireEvent.click(previous);
    expectSlide(0);
    press('End');
    expect(disabled(next)).toBe(true);
    fireEvent.click(next);
    expectSlide(6);
  });

  it('keeps the focus inside while it is open: Tab and Shift+Tab go round its own controls', () => {
    show();
    const presentation = screen.getByRole('dialog', { name: 'Presentation' });
    expect(presentation.getAttribute('aria-modal')).toBe('true');
    // The focus starts on the slide's scrolling stage, inside the dialog.
    const stage = document.activeElement as HTMLElement;
    expect(stage).not.toBe(document.body);
    expect(presentation.contains(stage)).toBe(true);
    const buttons = within(presentation).getAllByRole('button');
    const [first, last] = [buttons[0]!, buttons.at(-1)!];
    press('Tab', stage);
    expect(document.activeElement).toBe(first);
    press('Tab', first, { shiftKey: true });
    expect(document.activeElement).toBe(last);
    press('Tab', last);
    expect(document.activeElement).toBe(first);
    stage.focus();
    press('Tab', stage, { shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it('gives the focus back to what opened it', () => {
    const outside = document.createElement('button');
    outside.textContent = 'Visa presentationen';
    document.body.appendChild(outside);
    outside.focus();
    const view = show();
    expect(dialog().contains(document.activeElement)).toBe(true);
    view.unmount();
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('shows figures as a definition list, tables with header cells and bullets as a list', () => {
    show();
    press('End');
    // The consultation: three figures, then a table of one function.
    const slide = current();
    const terms = within(slide)
      .getAllByRole('term')
      .map((t) => t.textContent);
    const values = within(slide)
      .getAllByRole('definition')
      .map((d) => d.textContent);
    expect(terms).toEqual(['Instämmer', 'Instämmer inte', 'Kommentarer']);
    expect(values).toEqual(['12', '3', '4']);
    const table = within(slide).getByRole('table', {
      name: 'Per stödfunktion: chefer som instämmer i förslaget, som inte gör det, och kommentarer.',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Stödfunktion', 'Instämmer', 'Instämmer inte', 'Kommentarer']);
    expect(within(table).getAllByRole('columnheader')[1]!.getAttribute('scope')).toBe('col');
    const row = within(table).getByRole('rowheader', { name: 'HR' });
    expect(row.getAttribute('scope')).toBe('row');
    expect(
      within(row.closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['12', '3', '4']);
    press('Home');
    for (let i = 0; i < 4; i++) press('ArrowRight');
    expect(screen.getByRole('region', { name: 'Scenariot Samlad ekonomi' })).toBe(current());
    expect(within(current()).getAllByRole('listitem')[0]!.textContent).toMatch(/^Kan centraliseras: Ekonomi/);
  });

  it('asks for the full screen, shrugs off a refusal, and leaves full screen when it closes', async () => {
    const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'requestFullscreen');
    let fullscreen: Element | null = null;
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => fullscreen });
    const exitFullscreen = jest.fn(async () => {
      fullscreen = null;
    });
    Object.defineProperty(document, 'exitFullscreen', { configurable: true, value: exitFullscreen });
    try {
      const refused = jest.fn(() => Promise.reject(new TypeError('Permissions check failed')));
      Object.defineProperty(HTMLElement.prototype, 'requestFullscreen', {
        configurable: true,
        value: refused,
      });
      const first = show();
      await act(async () => undefined);
      expect(refused).toHaveBeenCalledTimes(1);
      expectSlide(0);
      first.unmount();
      expect(exitFullscreen).not.toHaveBeenCalled();

      const granted = jest.fn(async () => {
        fullscreen = dialog();
      });
      Object.defineProperty(HTMLElement.prototype, 'requestFullscreen', {
        configurable: true,
        value: granted,
      });
      const second = show();
      await act(async () => undefined);
      expect(granted.mock.contexts[0]).toBe(dialog());
      second.unmount();
      expect(exitFullscreen).toHaveBeenCalledTimes(1);
    } finally {
      if (original === undefined)
        delete (HTMLElement.prototype as { requestFullscreen?: unknown }).requestFullscreen;
      else Object.defineProperty(HTMLElement.prototype, 'requestFullscreen', original);
      delete (document as { fullscreenElement?: unknown }).fullscreenElement;
      delete (document as { exitFullscreen?: unknown }).exitFullscreen;
    }
  });
});

describe('the PowerPoint download', () => {
  it('calls onExport, shows that it works, and saves the bytes under the file name', async () => {
    let finish: (bytes: Uint8Array) => void = () => undefined;
    const onExport = jest.fn(() => new Promise<Uint8Array>((resolve) => (finish = resolve)));
    show({ onExport });
    const button = screen.getByRole('button', { name: 'Ladda ned PowerPoint' });
    fireEvent.click(button);
    expect(onExport).toHaveBeenCalledTimes(1);
    expect(disabled(button)).toBe(true);
    expect(screen.getByText('Skapar presentationen…')).toBeTruthy();
    await act(async () => finish(new Uint8Array([0x50, 0x4b, 3, 4])));
    expect(disabled(button)).toBe(false);
    expect(saved.map((s) => s.name)).toEqual(['chefsdagen-2018.pptx']);
    expect(blobs[0]?.type).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect([...new Uint8Array(await bytesOf(blobs[0]!))]).toEqual([0x50, 0x4b, 3, 4]);
    expect(screen.getByText('Sparade chefsdagen-2018.pptx.').getAttribute('role')).toBe('status');
  });

  it('says in Swedish why it failed, and nothing is saved', async () => {
    show({ onExport: () => Promise.reject(new AppError('forbidden')) });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Ladda ned PowerPoint' })));
    expect(screen.getByText(/^Presentationen kunde inte skapas\./).textContent).toBe(
      'Presentationen kunde inte skapas. Du har inte behörighet att göra det här.',
    );
    expect(saved).toEqual([]);
    // The presentation goes on.
    press('ArrowRight');
    expectSlide(1);
  });

  it('says it in English to an English-speaking user', async () => {
    show({
      locale: 'en',
      shown: slidesIn('en'),
      onExport: () => Promise.reject(new Error('pptxgenjs broke')),
    });
    const region = screen.getByRole('region', { name: 'The support inventory in Gävle Municipality' });
    expect(region.getAttribute('aria-roledescription')).toBe('slide');
    expect(announced()).toBe('Slide 1 of 7: The support inventory in Gävle Municipality');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Download PowerPoint' })));
    expect(screen.getByText(/^The presentation could not be built\./).textContent).toBe(
      'The presentation could not be built. Something went wrong. Try again, and contact the project team if it keeps happening.',
    );
  });
});
