import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';

// Checks run inside the page on the screen it shows. Each returns a list of readable problems
// (empty = fine), so one run reports every screen that is wrong, not only the first.

/** Chrome's own font-size setting ("default font size"): 16 px normally, 32 px for 200%. */
export async function setTextSize(cdp: CDPSession, percent: 100 | 200): Promise<void> {
  const k = percent / 100;
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * k, fixed: 13 * k } });
}

/**
 * A chart's labels are drawn in SVG, which scales them with the chart's width, not with the
 * reader's text size: each must come out near the page's own small text (a label of 11 px on a
 * phone at 200% text, or of 22 px on a laptop at 100%, is what this catches).
 */
export function chartTextProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    const problems: string[] = [];
    for (const label of document.querySelectorAll('main svg text')) {
      const box = label.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const ratio = box.height / root;
      if (ratio < 0.55 || ratio > 1.4) {
        problems.push(
          `chart label "${label.textContent}" is ${Math.round(box.height)} px high, text is ${root} px`,
        );
      }
    }
    return problems.slice(0, 3);
  });
}

/**
 * Nothing scrolls or is cut sideways: the page is no wider than the window, no element sticks
 * out of it, no box hides or scrolls its content sideways (a cut title, a sideways strip), and
 * no text is squeezed to a letter or two per line. Text fields scroll their own text: exempt.
 */
export function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = innerWidth;
    const problems: string[] = [];
    const reported: Element[] = [];
    const name = (el: Element) => {
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      return `<${el.tagName.toLowerCase()}${cls}> "${text}"`;
    };
    const report = (el: Element, what: string) => {
      if (reported.some((r) => r.contains(el))) return;
      reported.push(el);
      problems.push(`${name(el)} ${what}`);
    };
    const root = document.documentElement;
    if (root.scrollWidth > width)
      problems.push(`page scrolls sideways (${root.scrollWidth} px in ${width} px)`);
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('.visually-hidden, .skip-link, [hidden], noscript, .prerender')) continue;
      const box = el.getBoundingClientRect();
      // Empty, or hidden the visually-hidden way (a 1 px clipped box) for screen readers only.
      if (box.width <= 1 || box.height <= 1) continue;
      if (box.right > width + 1 || box.left < -1) {
        report(
          el,
          `sticks out of the window (${Math.round(box.left)}..${Math.round(box.right)} of ${width})`,
        );
        continue;
      }
      if (el.matches('input, textarea, select')) continue;
      const style = getComputedStyle(el);
      if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) {
        report(
          el,
          `cuts or scrolls its content sideways (${el.scrollWidth} px in ${el.clientWidth} px)`,
        );
      }
    }
    // Text that runs past the window's edge though its box does not (a word wider than it).
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.visually-hidden, .skip-link, [hidden], noscript, .prerender'))
        continue;
      if (getComputedStyle(parent).visibility === 'hidden') continue;
      const home = parent.getBoundingClientRect();
      if (home.width <= 1 && home.height <= 1) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const out = [...range.getClientRects()].find(
        (r) => r.width > 0 && (r.right > width + 1 || r.left < -1),
      );
      if (out)
        report(
          parent,
          `has text past the window's edge (${Math.round(out.left)}..${Math.round(out.right)} of ${width})`,
        );
    }
    // A long word squeezed into a narrow box: one or two letters per line.
    const walker = document.createTreeWalker(
      document.querySelector('main') ?? document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (text.length < 6 || !node.parentElement || node.parentElement.closest('.visually-hidden'))
        continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      if (lines >= 3 && text.length / lines < 3)
        report(node.parentElement, `is squeezed to ${lines} lines`);
    }
    return problems;
  });
}

/**
 * Every control is at least 44 x 44 px. What counts is what a finger hits: a checkbox or radio
 * inside its label counts as the label. Exempt, as WCAG 2.5.5 allows: links inline in a sentence
 * (text links inside prose), and the skip link, which only appears on keyboard focus.
 */
export function smallTargets(page: Page, min = 44): Promise<string[]> {
  return page.evaluate((least) => {
    const problems: string[] = [];
    const selector =
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=switch], [tabindex="0"]';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.closest('.skip-link, .visually-hidden, [hidden], [inert], .prerender')) continue;
      const own = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      const label = el.closest('label');
      const target = el.matches('input') && label ? label : el;
      const box = target.getBoundingClientRect();
      if (own.width === 0 && own.height === 0 && target === el) continue;
      if (el.matches('a') && style.display === 'inline') {
        const block = el.parentElement;
        const prose =
          (block?.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
        if (prose) continue;
      }
      if (box.width < least - 0.5 || box.height < least - 0.5) {
        const text = (
          el.textContent ||
          el.getAttribute('aria-label') ||
          el.getAttribute('name') ||
          ''
        )
          .trim()
          .replace(/\s+/g, ' ')
          .slice(0, 30);
        problems.push(
          `<${el.tagName.toLowerCase()}> "${text}" is ${Math.round(box.width)} x ${Math.round(box.height)} px`,
        );
      }
    }
    return problems;
  }, min);
}

/** The element that has focus, and whether it is the heading of the screen shown. */
export function focusState(page: Page): Promise<{ onHeading: boolean; what: string }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const heading = document.querySelector('main h1');
    const what = active
      ? `<${active.tagName.toLowerCase()}> "${(active.textContent ?? '').trim().slice(0, 30)}"`
      : 'nothing';
    return { onHeading: active !== null && active === heading, what };
  });
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * axe-core's WCAG 2.1 A/AA and best-practice rules on the screen shown (the rules of the
 * harness's expectNoAxeViolations), injected once per page load and run in place: many screens
 * in one page cost seconds, not a page and an injection each.
 */
export async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type Axe = {
      run(
        context: Document,
        options: object,
      ): Promise<{
        violations: { id: string; help: string; nodes: { target: string[] }[] }[];
      }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    // resultTypes: only violations are kept in full; the passes' lists, which nothing reads,
    // are not built (same rules, same violations, less work).
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')})`,
    );
  }, AXE_TAGS);
}

/** Cards and empty states that follow each other keep a gap (they touched in empty states). */
export function touchingCards(page: Page, least = 8): Promise<string[]> {
  return page.evaluate((gap) => {
    const problems: string[] = [];
    for (const card of document.querySelectorAll('main .card, main .empty')) {
      const next = card.nextElementSibling;
      if (!next?.matches('.card, .empty')) continue;
      const space = next.getBoundingClientRect().top - card.getBoundingClientRect().bottom;
      if (space < gap) {
        const title = (el: Element) => (el.textContent ?? '').trim().slice(0, 25);
        problems.push(`"${title(card)}" and "${title(next)}" are ${Math.round(space)} px apart`);
      }
    }
    return problems;
  }, least);
}
