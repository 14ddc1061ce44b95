import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApiModel, serializeApiModel } from './build-model.ts';
import { GENERATED_DIR, SOURCE_MODEL, SOURCE_XSD, sharedDir } from './model-sources.ts';

const shared = sharedDir();
const haveSources = existsSync(join(shared, SOURCE_MODEL)) && existsSync(join(shared, SOURCE_XSD));

describe.skipIf(!haveSources)('generated/api-model.json', () => {
  const modelText = haveSources ? readFileSync(join(shared, SOURCE_MODEL), 'utf8') : '';
  const xsdText = haveSources ? readFileSync(join(shared, SOURCE_XSD), 'utf8') : '';

  it('is up to date with the model and XSD (run `npm run gen:model` if not)', () => {
    const { data, problems } = buildApiModel(modelText, xsdText);
    expect(problems).toEqual([]);
    const committed = readFileSync(join(GENERATED_DIR, 'api-model.json'), 'utf8');
    expect(committed === serializeApiModel(data), 'api-model.json is stale: run npm run gen:model').toBe(true);
  });

  it('ships an unmodified copy of the XSD', () => {
    expect(readFileSync(join(GENERATED_DIR, 'api.xsd'), 'utf8') === xsdText).toBe(true);
  });

  it('covers every type and service of the source model', () => {
    const src = JSON.parse(modelText) as { types: { name: string }[]; services: { name: string }[] };
    const { data } = buildApiModel(modelText, xsdText);
    expect(data.types.map((t) => t.name)).toEqual(src.types.map((t) => t.name));
    expect(data.services.map((s) => s.name)).toEqual(src.services.map((s) => s.name));
  });

  it('reports members the XSD lacks instead of silently dropping them', () => {
    const broken = xsdText.replace('<xs:element maxOccurs="1" minOccurs="0" name="fqdn" type="xs:string"/>', '');
    const { problems } = buildApiModel(modelText, broken);
    expect(problems).toContain('type vm: member fqdn not in XSD (dropped)');
  });
});
