/**
 * Test helper: validates XML text against an XSD with libxml2's `xmllint`. Missing xmllint is an
 * error, not a reason to skip: the XSD check is what proves the writer's output.
 *
 *   expect(validateXml(xml, BUNDLED_XSD)).toEqual({ ok: true, output: expect.any(String) })
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The XSD copy committed with the model (the one the engine serves at `?schema`). */
export const BUNDLED_XSD = fileURLToPath(new URL('../../model/generated/api.xsd', import.meta.url));
/** The reference XSD, when /work/shared is present. */
export const SHARED_XSD = `${process.env.VANTAGE_SHARED ?? '/work/shared'}/xsd/v4-api-model-4.6.1.xsd`;
export const hasSharedXsd = () => existsSync(SHARED_XSD);

export function validateXml(xml: string, xsdPath: string, bin = 'xmllint'): { ok: boolean; output: string } {
  const r = spawnSync(bin, ['--noout', '--nonet', '--schema', xsdPath, '-'], { input: xml, encoding: 'utf8' });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error('xmllint is not installed; install it with: apt-get install -y libxml2-utils');
  }
  if (r.error) throw r.error;
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}
