// Files of a storage domain, filtered by a case-insensitive substring and sorted by name
// the way people read them (`rhel-8.10` before `rhel-9.4`, numbers as numbers).
import type { Resource } from '../../../api/resource.ts';
import { displayName } from '../../lib/fields.ts';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function filterFiles(files: Resource[], text: string): Resource[] {
  const needle = text.trim().toLowerCase();
  return files.filter((f) => !needle || displayName(f).toLowerCase().includes(needle)).sort((a, b) => collator.compare(displayName(a), displayName(b)));
}
