/**
 * axe-core in the journeys' browser: the page's critical and serious violations, as readable lines.
 * Nothing is excluded: a rule or element left out must be added here by name, with the reason.
 */
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** Rules and selectors knowingly left out, each with its reason. None today. */
export const EXCLUDED: { rule: string; selector: string; reason: string }[] = []

interface Violation {
  id: string
  impact: string | null
  nodes: { target: string[] }[]
}

/** "rule (impact): target, target…" for each critical or serious violation on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT })
  const violations: Violation[] = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: Violation[] }> } }
    ).axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map(({ id, impact, nodes }) => ({
      id,
      impact,
      nodes: nodes.map(({ target }) => ({ target })),
    }))
  })
  return violations
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter(
        (node) =>
          !EXCLUDED.some(
            (excluded) => excluded.rule === violation.id && node.target.join(' ').includes(excluded.selector),
          ),
      ),
    }))
    .filter((violation) => violation.nodes.length > 0)
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .slice(0, 5)
          .map((node) => node.target.join(' '))
          .join(', ')}${violation.nodes.length > 5 ? ` and ${violation.nodes.length - 5} more` : ''}`,
    )
}

/** Whether the page scrolls sideways (it should not on a phone). */
export const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth > window.innerWidth)
