// What this area adds to the generic collection and detail pages (see
// ../resources/extension-types.ts). Components are lazy so they load with their page.
import type { Extensions } from '../resources/extension-types.ts';

export const adminExtensions: Extensions = {};
