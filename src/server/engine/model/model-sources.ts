/** Where the generator finds its sources and puts its output (shared by the script and the up-to-date test). */
import { fileURLToPath } from 'node:url';

export const SOURCE_MODEL = 'model/ovirt-api-model-4.6.1.json';
export const SOURCE_XSD = 'xsd/v4-api-model-4.6.1.xsd';
export const GENERATED_DIR = fileURLToPath(new URL('./generated/', import.meta.url));

/** Reference material root; tests skip the regeneration check when it is absent. */
export const sharedDir = (): string => process.env.VANTAGE_SHARED ?? '/work/shared';
