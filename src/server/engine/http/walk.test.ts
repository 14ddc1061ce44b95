import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, TestEngine } from './test-support.ts';

const t = new TestEngine();
beforeAll(() => t.start());
afterAll(() => t.stop());

/**
 * Follows hrefs and sub-collection links from the entry point over the seeded inventory, the
 * way the dashboard browses: every link must answer 200 in both representations.
 */
describe('walking the API from the entry point', () => {
  it('answers every link and object href, and every XML body is valid', async () => {
    const seen = new Set<string>();
    const failures: string[] = [];
    const visit = async (href: string, depth: number): Promise<void> => {
      if (seen.has(href) || depth > 4) return;
      seen.add(href);
      const xml = await t.get(href);
      const json = await t.getJson(href);
      if (xml.status !== 200 || json.status !== 200) {
        failures.push(`${href} → ${xml.status}/${json.status}`);
        return;
      }
      const body = json.json();
      const objects: any[] = body.href || body.link ? [body] : [];
      for (const [k, v] of Object.entries(body)) if (k !== 'link' && Array.isArray(v)) objects.push(...v.slice(0, 2));
      for (const o of objects) {
        if (typeof o.href === 'string' && o.href !== href) await visit(o.href, depth + 1);
        for (const l of Array.isArray(o.link) ? o.link : []) if (!l.rel.includes('/')) await visit(l.href, depth + 1);
      }
    };
    await visit(API, 0);
    expect(failures).toEqual([]);
    expect(seen.size).toBeGreaterThan(200);
    const { count, failures: invalid } = await t.validateXml();
    expect(count).toBe(seen.size);
    expect(invalid).toBe('');
  }, 120_000);
});
