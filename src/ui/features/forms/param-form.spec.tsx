// Render spec (run with src/ui/vitest.render.config.ts): the action form from a primed query
// cache (server-side rendering: no DOM, no network) — controls per parameter type, reference
// choices filtered for the subject, errors tied to their inputs.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { describeAction } from '../../../api/actions.ts';
import type { Collection, Resource, Value } from '../../../api/resource.ts';
import { ApiBaseContext } from '../../components/api-base-context.ts';
import { choicesQueryOptions } from './api/list-choices.ts';
import { ParamForm } from './param-form.tsx';
import { deriveFields, initialValues, type FormField } from './param-fields.ts';

const base = '/ovirt-engine/api';
const ref = (id: string) => ({ id, href: `${base}/x/${id}`, fields: {}, links: {}, actions: {} });
const res = (kind: string, id: string, fields: Record<string, Value>): Resource => ({ kind, id, href: `${base}/${kind}s/${id}`, fields, links: {}, actions: {} });

function render(fields: FormField[], subject?: Resource, errors: Record<string, string> = {}) {
  const qc = new QueryClient();
  const hosts: Collection = {
    kind: 'hosts',
    itemKind: 'host',
    actions: {},
    items: [res('host', 'h1', { name: 'host01', status: 'up', cluster: ref('c1') }), res('host', 'h2', { name: 'host02', status: 'up', cluster: ref('c1') }), res('host', 'h3', { name: 'host03', status: 'maintenance', cluster: ref('c1') })],
  };
  qc.setQueryData(choicesQueryOptions(`${base}/hosts`).queryKey, hosts);
  return renderToStaticMarkup(
    <QueryClientProvider client={qc}>
      <ApiBaseContext.Provider value={base}>
        <ParamForm id="f" fields={fields} values={initialValues(fields)} errors={errors} onChange={() => undefined} onSubmit={() => undefined} subject={subject} />
      </ApiBaseContext.Provider>
    </QueryClientProvider>,
  );
}

describe('ParamForm', () => {
  it('offers a migrating VM only the other up hosts of its cluster', () => {
    const vm = res('vm', 'v1', { name: 'web01', status: 'up', cluster: ref('c1'), host: ref('h2') });
    const html = render(deriveFields(describeAction('vm', 'migrate')!.params), vm);
    expect(html).toContain('>host01</option>');
    expect(html).not.toContain('>host02</option>');
    expect(html).not.toContain('>host03</option>');
    expect(html).toMatch(/<label[^>]*for="f-force"/);
  });
  it('renders secrets as password inputs and ties errors to their fields', () => {
    const fields = deriveFields(describeAction('host', 'iscsi_discover')!.params);
    const html = render(fields, undefined, { 'iscsi.address': 'Target address is required.' });
    expect(html).toMatch(/<input[^>]*type="password"[^>]*id="f-iscsi-password"|id="f-iscsi-password"[^>]*type="password"/);
    expect(html).toContain('Target address is required.');
    expect(html).toMatch(/aria-describedby="f-iscsi-address-helper"/);
  });
});
