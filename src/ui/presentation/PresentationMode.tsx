import { Button } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { type Locale } from '../../domain';
import { type Slide } from '../../domain/presentation';
import { PresentationExport } from './PresentationExport';
import { presentationTranslator } from './presentationStrings';
import { SlideView } from './SlideView';
import { slideAction } from './slideKeys';
import { useFullscreen } from './useFullscreen';
import { usePresentationStyles } from './usePresentationStyles.styles';

/** Props of `PresentationMode`. */
export interface PresentationModeProps {
  /** The slides, in order (`presentationSlides`). */
  readonly slides: readonly Slide[];
  readonly locale: Locale;
  /** Leaves the presentation (Escape, or the Leave button). */
  readonly onExit: () => void;
  /** Builds the slides' PowerPoint file; the bytes are saved as `fileName`. */
  readonly onExport: () => Promise<Uint8Array>;
  /** The downloaded file's name. @default 'stodinventering-chefsdagen.pptx' */
  readonly fileName?: string;
}

const focusable = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab among the presentation's own controls, as a modal dialog does. */
function trapTab(event: KeyboardEvent<HTMLElement>): void {
  const stops = [...event.currentTarget.querySelectorAll<HTMLElement>(focusable)].filter(
    (el) => !el.hasAttribute('disabled'),
  );
  const [first, last] = [stops[0], stops.at(-1)];
  if (first === undefined || last === undefined) return;
  // From what is not a stop itself (the slide's scrolling stage, where the focus starts) Tab goes to the first.
  const at = stops.indexOf(document.activeElement as HTMLElement);
  if (event.shiftKey && at <= 0) {
    last.focus();
    event.preventDefault();
  } else if (!event.shiftKey && (at === -1 || at === stops.length - 1)) {
    first.focus();
    event.preventDefault();
  }
}

/**
 * The slides full screen for Chefsdagen: one slide at a time in large type, changed with the keyboard (arrows,
 * Page Up/Down, Space, Enter, Backspace, Home, End; Escape leaves) or the buttons, its position announced to screen
 * readers, and the whole presentation downloadable as PowerPoint.
 */
export function PresentationMode(props: PresentationModeProps) {
  const { slides, locale, onExit, onExport, fileName = 'stodinventering-chefsdagen.pptx' } = props;
  const styles = usePresentationStyles();
  const t = presentationTranslator(locale);
  const rootRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const keysId = useId();
  const [index, setIndex] = useState(0);
  const last = Math.max(slides.length - 1, 0);
  const shown = Math.min(index, last);
  const slide = slides[shown];
  useFullscreen(rootRef);

  // Focus moves into the presentation so that its keys work at once, and back to where it was when it closes.
  useEffect(() => {
    const opener = document.activeElement;
    stageRef.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  // A new slide starts at its top, however far down the last one was scrolled.
  useEffect(() => {
    if (stageRef.current !== null) stageRef.current.scrollTop = 0;
  }, [shown]);

  const go = (to: number) => setIndex(Math.min(Math.max(to, 0), last));
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Tab') {
      trapTab(event);
      return;
    }
    const action = slideAction(event.key, event.target);
    if (action === null) return;
    event.preventDefault();
    if (action === 'leave') onExit();
    else
      go(action === 'next' ? shown + 1 : action === 'previous' ? shown - 1 : action === 'first' ? 0 : last);
  };

  const position = { n: shown + 1, total: slides.length };
  return (
    <div
      ref={rootRef}
      className={styles.root}
      role="dialog"
      aria-modal="true"
      aria-label={t('label')}
      aria-describedby={keysId}
      onKeyDown={onKeyDown}
    >
      <div ref={stageRef} className={styles.stage} tabIndex={-1}>
        {slide === undefined ? null : (
          <SlideView slide={slide} roleDescription={t('slide')} styles={styles} />
        )}
      </div>
      <p id={keysId} className={styles.visuallyHidden}>
        {t('keys')}
      </p>
      <p aria-live="polite" className={styles.visuallyHidden}>
        {slide === undefined ? '' : t('position', { ...position, title: slide.title })}
      </p>
      <div className={styles.controls} role="group" aria-label={t('controls')}>
        <Button
          className={styles.button}
          size="large"
          disabledFocusable={shown === 0}
          onClick={() => go(shown - 1)}
        >
          {t('previous')}
        </Button>
        <span className={styles.progress}>{t('progress', position)}</span>
        <Button
          className={styles.button}
          size="large"
          appearance="primary"
          disabledFocusable={shown >= last}
          onClick={() => go(shown + 1)}
        >
          {t('next')}
        </Button>
        <Button className={styles.button} size="large" onClick={onExit}>
          {t('leave')}
        </Button>
        <PresentationExport onExport={onExport} fileName={fileName} locale={locale} t={t} styles={styles} />
      </div>
    </div>
  );
}
