import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BastideServer, startBastide } from '../support/bastide-server';
import { launchChromium, screenshot } from '../support/browser';

/** Where the keyboard focus is, and whether a sighted keyboard user can see it. */
interface FocusState {
  /** `tag#id` or `tag` with the element's accessible text, for messages. */
  element: string;
  /** Its accessible name as a person hears it: label, text or aria-label. */
  name: string;
  id: string;
  inViewport: boolean;
  /** The reason the focus shows, or '' when nothing shows it. */
  shownBy: string;
}

/**
 * Sign-up, sign-out and sign-in with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows): no click, no
 * `fill`. At every stop the focus must be visible (RGAA 10.7) and, after a change of page, be on the main
 * content, where a screen-reader user expects to go on reading.
 */
describe('keyboard only, in Chromium', () => {
  let server: BastideServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const email = `dominique.clavier.${Date.now()}@example.fr`;
  const password = 'une phrase de passe au clavier';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startBastide(), launchChromium()]);
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  function focusState(): Promise<FocusState> {
    return page.evaluate(() => {
      const element = (document.activeElement ?? document.body) as HTMLElement;
      const labelled = element.getAttribute('aria-labelledby');
      const name = (
        element.getAttribute('aria-label') ??
        (labelled ? document.getElementById(labelled.split(' ')[0])?.textContent : null) ??
        (element as HTMLInputElement).labels?.[0]?.textContent ??
        element.textContent ??
        ''
      )
        .replace(/\s+/g, ' ')
        .trim();
      const rect = element.getBoundingClientRect();
      const inViewport =
        rect.width > 1 && rect.height > 1 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight;
      const visibleLine = (style: CSSStyleDeclaration) =>
        style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      // A control drawn by Material hides its native input (opacity 0): an outline on it shows nothing.
      let opacity = 1;
      for (let node: Element | null = element; node; node = node.parentElement) {
        opacity *= Number(getComputedStyle(node).opacity);
      }
      let shownBy = '';
      if (opacity > 0.5 && visibleLine(getComputedStyle(element))) {
        shownBy = 'outline';
      } else if (element.closest('mat-form-field')?.classList.contains('mat-focused')) {
        // Material's outlined field: the border thickens and takes the primary colour.
        shownBy = 'focused field';
      } else {
        // Material controls whose native input is hidden draw a focus indicator of their own.
        const indicator = element
          .closest('.mat-mdc-radio-button, .mat-mdc-checkbox, .mat-mdc-button-base')
          ?.querySelector('.mat-focus-indicator');
        const before = indicator ? getComputedStyle(indicator, '::before') : null;
        const drawn =
          before &&
          before.content !== 'none' &&
          before.display !== 'none' &&
          before.borderTopStyle !== 'none' &&
          parseFloat(before.borderTopWidth) >= 2 &&
          !/^(transparent|rgba\(.*, 0\))$/.test(before.borderTopColor);
        if (drawn) {
          shownBy = 'focus indicator';
        }
      }
      return {
        element: `${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''} “${name.slice(0, 60)}”`,
        name,
        id: element.id,
        inViewport,
        shownBy,
      };
    });
  }

  /** Presses `key` and checks that the focus it lands on shows. */
  async function press(key: string): Promise<FocusState> {
    await page.keyboard.press(key);
    const state = await focusState();
    if (state.id !== 'main-content' && state.element.startsWith('body') === false) {
      expect({ element: state.element, inViewport: state.inViewport }).toEqual({
        element: state.element,
        inViewport: true,
      });
      expect({ element: state.element, shownBy: state.shownBy || 'nothing' }).not.toEqual({
        element: state.element,
        shownBy: 'nothing',
      });
    }
    return state;
  }

  /** Tabs forward (or back) until the focus is on something named `name`, checking every stop on the way. */
  async function tabTo(name: string | RegExp, direction: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<FocusState> {
    const matches = (state: FocusState) => (typeof name === 'string' ? state.name === name : name.test(state.name));
    const visited: string[] = [];
    for (let stop = 0; stop < 40; stop++) {
      const state = await press(direction);
      if (matches(state)) return state;
      visited.push(state.element);
    }
    throw new Error(`No focus stop named ${String(name)} after: ${visited.join(' → ')}`);
  }

  /** After a change of page, the focus waits on the main content, with the page's heading first in it. */
  async function expectNewPage(path: string, heading: string): Promise<void> {
    await page.waitForURL(server.baseUrl + path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'main-content');
    const firstHeading = await page.evaluate(() => document.activeElement?.querySelector('h1')?.textContent?.trim());
    expect(firstHeading).toBe(heading);
  }

  it('offers a visible skip link first, which takes the focus to the main content', async () => {
    await page.goto(server.baseUrl + '/');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const skip = await press('Tab');
    expect(skip.name).toBe('Aller au contenu');
    expect(skip.shownBy).not.toBe('');
    await screenshot(page, 'keyboard-skip-link');
    await page.keyboard.press('Enter');
    expect((await focusState()).id).toBe('main-content');
    // Shift+Tab from the main content goes back up into the header, never to an invisible stop.
    await press('Shift+Tab');
  });

  it('goes to the sign-in page and on to sign-up, landing on each page’s main content', async () => {
    await page.keyboard.press('Shift+Tab');
    await tabTo('Se connecter', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expectNewPage('/connexion', 'Se connecter');
    await tabTo('Créer un compte');
    await page.keyboard.press('Enter');
    await expectNewPage('/inscription', 'Créer un compte');
  });

  it('fills in the sign-up form, choosing the commune with the arrows and the language with the arrows', async () => {
    await tabTo('Prénom');
    await page.keyboard.type('Dominique');
    await press('Tab');
    expect((await focusState()).name).toBe('Nom');
    await page.keyboard.type('Clavier');
    await tabTo('Adresse électronique');
    await page.keyboard.type(email);
    await tabTo('Mot de passe');
    await page.keyboard.type(password);
    await tabTo('Commune de résidence');
    await page.keyboard.type('Condom');
    await page.getByRole('option', { name: /^Condom \(32100\)/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Commune de résidence').inputValue()).resolves.toBe('Condom (32100)');

    // The language group is one stop; the arrows move the choice within it, Space keeps it.
    const french = await tabTo('Français');
    expect(french.shownBy).not.toBe('');
    await press('ArrowRight');
    expect((await focusState()).name).toBe('English');
    await press('ArrowLeft');
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: 'Français' }).isChecked()).resolves.toBe(true);
    await screenshot(page, 'keyboard-signup-language');

    await tabTo('Créer mon compte');
    await page.keyboard.press('Enter');
    await expectNewPage('/mon-espace', 'Mon espace');
    await expect(page.locator('header').textContent()).resolves.toContain('Dominique Clavier');
  });

  it('signs out with the keyboard, and the focus is not lost', async () => {
    await tabTo('Se déconnecter', 'Shift+Tab');
    await page.keyboard.press('Space');
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'main-content');
  });

  it('signs in with the keyboard: Enter in the password field submits the form', async () => {
    await tabTo('Se connecter', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expectNewPage('/connexion', 'Se connecter');
    await tabTo('Adresse électronique');
    await page.keyboard.type(email);
    await press('Tab');
    expect((await focusState()).name).toBe('Mot de passe');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await expectNewPage('/mon-espace', 'Mon espace');
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await screenshot(page, 'keyboard-signed-in');
  });
});
