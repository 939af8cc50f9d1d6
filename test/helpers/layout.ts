import type { Page } from 'playwright-core';

/**
 * What a user would see as broken on the current screen, measured in the page:
 * - the page, or a box inside it, scrolls sideways;
 * - an element sticks out of the window on the left or right;
 * - a select is narrower than the option it shows (the label is cut);
 * - an element cuts its text with an ellipsis, or hides what is wider than itself.
 * Each problem names the element by its tag, class and text.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const name = (el: Element) => {
      const cls = el.getAttribute('class')?.split(' ').slice(0, 2).join('.') ?? '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}> "${text}"`;
    };
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    if (document.documentElement.scrollWidth > width + 1) {
      problems.push(
        `the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`,
      );
    }
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (!visible(el) || el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (r.right > width + 1 || r.left < -1) {
        // Only the outermost element that sticks out, not each of its children.
        const parent = el.parentElement?.getBoundingClientRect();
        if (!parent || (parent.right <= width + 1 && parent.left >= -1)) {
          problems.push(
            `sticks out of the window: ${name(el)} (${Math.round(r.left)}-${Math.round(r.right)})`,
          );
        }
      }
      const scrolls = ['auto', 'scroll'].includes(style.overflowX);
      if (scrolls && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`scrolls sideways: ${name(el)} (${el.scrollWidth} > ${el.clientWidth})`);
      }
      if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`text cut: ${name(el)}`);
      } else if (
        ['hidden', 'clip'].includes(style.overflowX) &&
        !(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) &&
        el.scrollWidth > el.clientWidth + 1
      ) {
        problems.push(`cut off at the side: ${name(el)} (${el.scrollWidth} > ${el.clientWidth})`);
      }
      if (el instanceof HTMLSelectElement && el.selectedOptions[0]) {
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = canvas.measureText(el.selectedOptions[0].text).width;
        // The room for the text: the box less its padding and Chromium's arrow (18 px).
        const room =
          el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 18;
        if (text > room + 1) {
          problems.push(
            `select label cut: "${el.selectedOptions[0].text}" (${Math.round(text)} > ${Math.round(room)})`,
          );
        }
      }
    }
    return problems;
  });
}
