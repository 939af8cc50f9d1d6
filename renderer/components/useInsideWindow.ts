import { useLayoutEffect, type RefObject } from 'react';

/** Room kept free between a popup and the window's edge. */
const MARGIN = 8;
/** The sticky top bar stays above every popup: a popup opening upwards stops below it. */
const TOP_BAR = '.topbar';
/** Below this, a popup is better flipped than squeezed. */
const MIN_HEIGHT = 120;

const placedProperties = ['top', 'bottom', 'max-height', 'overflow-y', 'transform'];

function resetPlacement(el: HTMLElement) {
  for (const property of placedProperties) el.style.removeProperty(property);
}

function placeInsideWindow(el: HTMLElement) {
  resetPlacement(el);
  const anchor = (el.offsetParent ?? el.parentElement)?.getBoundingClientRect();
  if (!anchor) return;
  const bar = document.querySelector(TOP_BAR)?.getBoundingClientRect().bottom ?? 0;
  const below = window.innerHeight - MARGIN - anchor.bottom;
  const above = anchor.top - Math.max(bar, 0) - MARGIN;
  const rect = el.getBoundingClientRect();
  if (rect.bottom > window.innerHeight - MARGIN) {
    const up = below < Math.min(rect.height, MIN_HEIGHT * 2) && above > below;
    if (up) {
      el.style.setProperty('top', 'auto');
      el.style.setProperty('bottom', 'calc(100% + 4px)');
    }
    // Never taller than the CSS allows (e.g. the picker's 260 px).
    const cssMax = parseFloat(getComputedStyle(el).maxHeight) || Infinity;
    const room = Math.max(up ? above : below, MIN_HEIGHT) - 4;
    el.style.setProperty('max-height', `${Math.min(room, cssMax)}px`);
    el.style.setProperty('overflow-y', 'auto');
  }
  const { left, right } = el.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const shift = left < MARGIN ? MARGIN - left : right > width - MARGIN ? width - MARGIN - right : 0;
  if (shift !== 0) el.style.setProperty('transform', `translateX(${shift}px)`);
}

/**
 * Keeps an absolutely positioned popup (a menu panel, a listbox under a combobox) inside
 * the window while it is open: it opens upwards when there is more room above its anchor,
 * its height is capped to the room it has (it scrolls inside), and it moves sideways when
 * it would stick out left or right. Works on the element's style only, so the CSS keeps
 * describing the usual place (below, aligned to its anchor).
 */
export function useInsideWindow(popup: RefObject<HTMLElement | null>, open: boolean): void {
  useLayoutEffect(() => {
    const el = popup.current;
    if (!open || !el) return undefined;
    const place = () => placeInsideWindow(el);
    place();
    window.addEventListener('resize', place);
    // Scrolling moves the anchor: place again (capture: any scrolling box counts).
    window.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
      resetPlacement(el);
    };
  }, [popup, open]);
}
