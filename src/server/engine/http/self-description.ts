/** The API describing itself: the XSD (`?schema`) and the model (`/model.json`). */
import { readFileSync } from 'node:fs';

const XSD = new URL('../model/generated/api.xsd', import.meta.url);
const MODEL = new URL('../model/generated/api-model.json', import.meta.url);

let xsd: string | undefined;
let model: string | undefined;

export function schemaText(): string {
  return (xsd ??= readFileSync(XSD, 'utf8'));
}

/** The generated model as the engine reads it: root, types (members, enums) and services (methods with parameters, locators). */
export function modelJsonText(): string {
  return (model ??= readFileSync(MODEL, 'utf8'));
}
