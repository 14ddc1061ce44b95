import { describe, expect, it } from 'vitest';
import { BUNDLED_XSD, validateXml } from './xmllint.ts';

describe('validateXml', () => {
  it('accepts a valid document and rejects an invalid one', () => {
    expect(validateXml('<vm id="1"><name>a</name></vm>', BUNDLED_XSD).ok).toBe(true);
    const bad = validateXml('<vm><bogus/></vm>', BUNDLED_XSD);
    expect(bad.ok).toBe(false);
    expect(bad.output).toMatch(/bogus/);
    expect(validateXml('<fault><reason>r</reason><detail>d</detail></fault>', BUNDLED_XSD).ok).toBe(false);
  });

  it('fails (not skips) with the install hint when xmllint is missing', () => {
    expect(() => validateXml('<vm/>', BUNDLED_XSD, 'xmllint-not-installed-here')).toThrow('apt-get install -y libxml2-utils');
  });
});
