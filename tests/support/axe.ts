import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.2 level A and AA rules every page is held to. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * One line per axe violation on the page as it now stands, starting with `label` (which page, which
 * mode), so a failing test names what to fix. `extraRules` switches on rules outside the WCAG tags.
 */
export async function wcagViolations(page: Page, label: string, extraRules: readonly string[] = []): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({
      runOnly: { type: 'tag', values: WCAG_22_AA },
      rules: Object.fromEntries(extraRules.map((id) => [id, { enabled: true }])),
    })
    .analyze();
  return results.violations.map(
    (v) =>
      `${label} ${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}
