import { useEffect, type RefObject } from 'react';

/**
 * Asks the browser to show `ref`'s element full screen while it is mounted, and leaves full screen with it. A
 * refusal is normal (a frame without `allow="fullscreen"`, no user gesture, jsdom) and changes nothing: the
 * element covers the viewport on its own.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof element.requestFullscreen !== 'function') return undefined;
    element.requestFullscreen().catch(() => undefined);
    return () => {
      if (document.fullscreenElement === element) document.exitFullscreen().catch(() => undefined);
    };
  }, [ref]);
}
