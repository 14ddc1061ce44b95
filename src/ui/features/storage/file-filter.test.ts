import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../api/resource.ts';
import { filterFiles } from './file-filter.ts';

const file = (name: string): Resource => ({ kind: 'file', id: name, links: {}, actions: {}, fields: { name } });
const names = (rs: Resource[]) => rs.map((r) => r.fields.name);

describe('filterFiles', () => {
  const files = ['rhel-9.4.iso', 'Windows.iso', 'rhel-10.0.iso', 'centos.iso'].map(file);

  it('sorts numbers as numbers, case-insensitively', () => {
    expect(names(filterFiles(files, ''))).toEqual(['centos.iso', 'rhel-9.4.iso', 'rhel-10.0.iso', 'Windows.iso']);
  });

  it('keeps the names holding the text, whatever the case', () => {
    expect(names(filterFiles(files, ' RHEL '))).toEqual(['rhel-9.4.iso', 'rhel-10.0.iso']);
    expect(filterFiles(files, 'ubuntu')).toEqual([]);
  });
});
