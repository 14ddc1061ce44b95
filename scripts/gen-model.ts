/**
 * `npm run gen:model`: regenerates src/server/engine/model/generated/api-model.json (and the XSD copy
 * the engine serves at `?schema`) from the oVirt model and XSD in /work/shared (or $VANTAGE_SHARED).
 * Only needed when the sources change; the engine reads the committed output.
 */
import { chmodSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApiModel, serializeApiModel } from '../src/server/engine/model/build-model.ts';
import { GENERATED_DIR, SOURCE_MODEL, SOURCE_XSD, sharedDir } from '../src/server/engine/model/model-sources.ts';

const shared = sharedDir();
for (const f of [SOURCE_MODEL, SOURCE_XSD]) {
  if (!existsSync(join(shared, f))) {
    console.error(`gen:model: ${join(shared, f)} not found. Point VANTAGE_SHARED at the reference material (default /work/shared).`);
    process.exit(1);
  }
}
const { data, problems } = buildApiModel(
  readFileSync(join(shared, SOURCE_MODEL), 'utf8'),
  readFileSync(join(shared, SOURCE_XSD), 'utf8'),
);
// A problem means a model member has no place in the XSD and would never be emitted: worth a look.
for (const p of problems) console.warn(`warning: ${p}`);
writeFileSync(join(GENERATED_DIR, 'api-model.json'), serializeApiModel(data));
copyFileSync(join(shared, SOURCE_XSD), join(GENERATED_DIR, 'api.xsd'));
chmodSync(join(GENERATED_DIR, 'api.xsd'), 0o644); // the source is read-only; the copy is a normal project file
console.log(`wrote ${data.types.length} types and ${data.services.length} services to ${GENERATED_DIR}`);
