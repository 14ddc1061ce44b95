/**
 * fast-check generators of hostile requests for the engine. Paths may hold placeholders
 * (`{vm}`, `{host}`, `{tag}`, `{dc}`, `{cluster}`) that the runner replaces with real ids, so
 * bodies reach the handlers of existing objects rather than stopping at a 404.
 */
import fc from 'fast-check';

export interface FuzzCase {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: string;
  contentType?: string;
  accept?: string;
  /** what the case is about, for the report */
  label: string;
}

// ---------- building blocks ----------

const INJECTIONS = [
  "' OR 1=1 --",
  '"; DROP TABLE docs; --',
  "') UNION SELECT data FROM docs --",
  '%',
  '_',
  '*',
  '\\',
  '\u0000',
  '../../../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  '$(id)',
  '`id`',
  'name=* and status=up or',
  'a'.repeat(5000),
  '\u202e\u200b\ud83d\ude00',
  '\ud800',
  'ﬃ𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'null',
  'undefined',
  '__proto__',
  'constructor',
];

export const injection = fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

const COLLECTIONS = ['vms', 'tags', 'datacenters', 'clusters', 'hosts', 'events', 'networks', 'templates', 'storagedomains'] as const;
const ENTITY_PATHS = ['vms/{vm}', 'tags/{tag}', 'hosts/{host}', 'datacenters/{dc}', 'clusters/{cluster}'] as const;
const SUB_COLLECTIONS = ['vms/{vm}/nics', 'vms/{vm}/tags', 'vms/{vm}/diskattachments', 'hosts/{host}/tags', 'datacenters/{dc}/clusters'] as const;

const element = fc.constantFrom('vm', 'tag', 'data_center', 'cluster', 'host', 'event', 'network', 'nic', 'action', 'fault', 'x', 'VM', 'vms');
const member = fc.constantFrom('name', 'description', 'comment', 'memory', 'status', 'type', 'id', 'creation_time', 'cluster', 'template', 'os', 'cpu', 'severity', 'origin', 'custom_id', 'parent', 'local', 'address', 'unknown_thing', 'href', 'link', 'actions');
const weirdScalar = fc.oneof(
  injection,
  fc.constantFrom('-1', '-9223372036854775809', '18446744073709551616', '1e400', 'NaN', 'Infinity', '0x10', ' 12 ', '', 'true', 'TRUE', 'maybe', 'bogus_enum', 'UP', 'server', 'not-a-date', '2025-13-45T99:99:99Z', '0000-00-00', '9999999-01-01T00:00:00Z', 'ffffffff-ffff-ffff-ffff-fffffffffffffff', '00000000-0000-0000-0000-000000000000', '../../../etc/passwd'),
  fc.integer().map(String),
  fc.double().map(String),
);

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---------- XML bodies ----------

const xmlFlat = fc.tuple(element, fc.array(fc.tuple(member, weirdScalar, fc.boolean()), { maxLength: 8 })).map(([root, fields]) =>
  `<${root}>${fields.map(([m, v, raw]) => `<${m}>${raw ? v : xmlEscape(v)}</${m}>`).join('')}</${root}>`,
);

const xmlNested = fc.tuple(element, fc.integer({ min: 10, max: 20_000 }), fc.constantFrom('a', 'vm', 'name', 'cluster')).map(([root, depth, tag]) =>
  `<${root}>${`<${tag}>`.repeat(depth)}x${`</${tag}>`.repeat(depth)}</${root}>`,
);

const xmlEntities = fc.constantFrom(
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><vm><name>&lol4;</name></vm>',
  '<?xml version="1.0"?><!DOCTYPE vm [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><vm><name>&xxe;</name><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>',
  '<?xml version="1.0"?><!DOCTYPE vm [<!ENTITY % pe SYSTEM "http://127.0.0.1:1/evil.dtd"> %pe;]><vm><name>x</name></vm>',
  '<!DOCTYPE vm SYSTEM "http://127.0.0.1:1/x.dtd"><vm><name>x</name></vm>',
  '<?xml version="1.0"?><!DOCTYPE tag [<!ENTITY a "x">]><tag><name>&a;</name></tag>',
  '<tag><name>&amp;&lt;&gt;&#x41;&#65;&#0;&#xD800;&nonexistent;</name></tag>',
  '<?xml-stylesheet href="http://127.0.0.1:1/x.xsl"?><tag><name>pi</name></tag>',
  '<tag><name><![CDATA[<script>window.__pwned=1</script>]]></name></tag>',
  '<tag xmlns:x="urn:x" x:name="y"><x:name>ns</x:name></tag>',
  '<tag><name>a</name></tag><tag><name>b</name></tag>',
  '<tag><name>unclosed</tag>',
  '<tag><name>a</name>',
  '\ufeff<tag><name>bom</name></tag>',
  '<?xml version="1.0" encoding="UTF-7"?><tag><name>+ADw-script+AD4-</name></tag>',
  '<tag name="attr"><name/></tag>',
  '<vm id="../../etc" href="/ovirt-engine/api/vms/x"><name>ids</name></vm>',
  '<vm><memory>-1073741824</memory><name>neg</name><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>',
  '<vm><name>enum</name><type>spaceship</type><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>',
  '<vm><name>date</name><creation_time>yesterday</creation_time><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>',
  '<event><description>d</description><severity>apocalyptic</severity><origin>o</origin><custom_id>1</custom_id></event>',
  '<event><description>d</description><severity>normal</severity><origin>o</origin><custom_id>not-a-number</custom_id></event>',
  '<event><description>d</description><severity>normal</severity><origin>o</origin><custom_id>1</custom_id><vm><id>not-a-uuid</id></vm></event>',
  '<host><name>h</name><address>127.0.0.1</address><port>-22</port><root_password>x</root_password><cluster><name>Default</name></cluster></host>',
  '<cluster><name>c</name><data_center><id>\'; DROP TABLE docs; --</id></data_center></cluster>',
  '',
  ' ',
  '<>',
  '<',
  '\u0000\u0001\u0002',
);

const hugeXml = fc.tuple(fc.constantFrom(1, 3, 9), fc.constantFrom('name', 'description')).map(([mb, m]) =>
  `<tag><${m}>${'A'.repeat(mb * 1024 * 1024)}</${m}></tag>`,
);

const xmlBody = fc.oneof({ weight: 6, arbitrary: xmlFlat }, { weight: 2, arbitrary: xmlNested }, { weight: 4, arbitrary: xmlEntities }, { weight: 1, arbitrary: fc.string({ maxLength: 200 }) });

// ---------- JSON bodies ----------

const jsonValue = fc.jsonValue({ maxDepth: 4 });
const jsonFlat = fc.dictionary(member, fc.oneof(weirdScalar.map((s) => s as unknown), jsonValue, fc.constant(null)), { maxKeys: 8 }).map((o) => JSON.stringify(o));
const jsonNested = fc.tuple(fc.integer({ min: 10, max: 20_000 }), fc.constantFrom('[', '{"a":', '{"name":')).map(([d, open]) => {
  const close = open === '[' ? ']' : '}';
  return `{"name":${open.repeat(d)}1${close.repeat(d)}}`;
});
const jsonFixed = fc.constantFrom(
  '{"__proto__":{"polluted":true},"name":"proto"}',
  '{"constructor":{"prototype":{"polluted":true}},"name":"ctor"}',
  '{"name":"dup","name":{"x":1}}',
  '{"name":1e400}',
  '{"name":"x","memory":-1,"cluster":{"name":"Default"},"template":{"name":"Blank"}}',
  '{"name":"x","memory":"lots","cluster":{"name":"Default"},"template":{"name":"Blank"}}',
  '{"name":"x","type":"spaceship","cluster":{"name":"Default"},"template":{"name":"Blank"}}',
  '{"name":"x","creation_time":"2025-02-30T25:61:00Z","cluster":{"name":"Default"},"template":{"name":"Blank"}}',
  '{"name":["a","b"],"cluster":{"name":"Default"},"template":{"name":"Blank"}}',
  '{"name":{"$gt":""}}',
  '{"name":"x","cluster":{"id":"../../etc/passwd"},"template":{"name":"Blank"}}',
  '{"description":"d","severity":"apocalyptic","origin":"o","custom_id":1}',
  '{"description":"d","severity":"normal","origin":"o","custom_id":"NaN"}',
  '{"description":"d","severity":"normal","origin":"o","custom_id":1,"vm":{"id":"not-a-uuid"}}',
  '{"vm":{"name":"wrapped"}}',
  '[]',
  '[{"name":"a"}]',
  'null',
  'true',
  '"string"',
  '42',
  '{',
  '{"name":"unterminated',
  '{"name":"\\ud800"}',
  '{"name":"x"}garbage',
  '',
);
const jsonBody = fc.oneof({ weight: 6, arbitrary: jsonFlat }, { weight: 2, arbitrary: jsonNested }, { weight: 4, arbitrary: jsonFixed }, { weight: 1, arbitrary: fc.string({ maxLength: 200 }) });

const contentTypeFor = (fmt: 'xml' | 'json') =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constant(fmt === 'xml' ? 'application/xml' : 'application/json') },
    { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'image/png', 'application/xml; charset=latin1', 'application/json; charset=utf-16', '', 'multipart/form-data; boundary=x', 'application/*') },
  );

// ---------- writes ----------

const writeTarget = fc.oneof(
  fc.constantFrom(...COLLECTIONS).map((c) => ({ method: 'POST' as const, path: c })),
  fc.constantFrom(...SUB_COLLECTIONS).map((c) => ({ method: 'POST' as const, path: c })),
  fc.constantFrom(...ENTITY_PATHS).map((c) => ({ method: 'PUT' as const, path: c })),
);

const write = fc.tuple(writeTarget, fc.constantFrom<'xml' | 'json'>('xml', 'json')).chain(([t, fmt]) =>
  fc.tuple(fmt === 'xml' ? xmlBody : jsonBody, contentTypeFor(fmt)).map(([body, ct]): FuzzCase => ({
    method: t.method,
    path: `/${t.path}`,
    body,
    contentType: ct,
    accept: fmt === 'xml' ? 'application/xml' : 'application/json',
    label: `${t.method} ${t.path} ${fmt}`,
  })),
);

/** Rare on purpose: each one is megabytes on the wire. */
export const hugeWrite = fc.tuple(hugeXml, fc.constantFrom('/tags', '/vms', '/tags/{tag}')).map(([body, p]): FuzzCase => ({
  method: p.includes('{') ? 'PUT' : 'POST',
  path: p,
  body,
  contentType: 'application/xml',
  label: `huge ${Math.round(body.length / 1048576)} MiB ${p}`,
}));

// ---------- reads and parameters ----------

/** Percent-encoding that turns lone surrogates into invalid UTF-8 bytes instead of throwing. */
const enc = (s: string): string => {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...s].map((ch) => (/[\ud800-\udfff]/.test(ch) && ch.length === 1 ? '%ED%A0%80' : encodeURIComponent(ch))).join('');
  }
};
const param = fc.oneof(
  injection.map((s) => `search=${enc(s)}`),
  fc.tuple(fc.constantFrom('name', 'status', 'host', 'cluster', 'tag', 'description', 'Vms.name', 'events.severity'), fc.constantFrom('=', '!=', '<', '>=', ' = '), injection).map(([f, op, v]) => `search=${enc(`${f}${op}${v}`)}`),
  fc.oneof(fc.constantFrom('-1', '-100', '0', '99999999999999999999', '1e9', 'abc', '', '10;max=20', '0x10', '2147483648'), fc.integer().map(String)).map((m) => `max=${enc(m)}`),
  fc.constantFrom('..', '../../etc', 'nics.statistics.x.y.z.w', 'a,b,c,,,', 'vm.vm.vm.vm', ',', 'nics,nics,nics,nics', 'tags.' + 'tags.'.repeat(50) + 'tags', '%00', 'statistics').map((f) => `follow=${enc(f)}`),
  fc.constantFrom('case_sensitive=maybe', 'all_content=perhaps', 'from=-1', 'from=abc', 'from=99999999999999999999', 'detail=%2Bsize', 'detail=-main%2Bsize', 'page=-1', 'page=abc', 'async=sometimes', 'correlation_id=' + 'x'.repeat(500), 'filter=true', 'search=page%20-1', 'search=%'),
  fc.tuple(fc.constantFrom('search', 'max', 'follow', 'x'), injection).map(([k, v]) => `${enc(k)}=${enc(v)}`),
);

const ID_ATTACKS = ['..', '..%2F..%2Fetc%2Fpasswd', '%2e%2e', "'%20OR%201=1", '%3Cscript%3E', 'x'.repeat(3000), '%F0%9F%98%80', '%00', '%ZZ', '00000000-0000-0000-0000-000000000000', '-1', '{vm}%2F..%2F{host}', '{vm}/../{host}', '*', '%', 'null'];

const readPath = fc.oneof(
  fc.constantFrom(...COLLECTIONS, ...SUB_COLLECTIONS, ...ENTITY_PATHS, 'vms/{vm}/statistics', 'hosts/{host}/nics', '', 'vms/{vm}/nics/{vm}'),
  fc.tuple(fc.constantFrom('vms', 'tags', 'hosts', 'events', 'vms/{vm}/nics'), fc.oneof(fc.constantFrom(...ID_ATTACKS), injection.map(enc))).map(([c, id]) => `${c}/${id}`),
);

const matrix = fc.oneof(
  fc.constant(''),
  fc.constantFrom(';max=10', ';max=-1;max=3', ';follow=nics', ';;;', ';=', ';max', ';search=name%3D*', ';%ZZ=1', ';a=b;c', ';max=abc'),
);

export const read = fc.tuple(readPath, matrix, fc.array(param, { maxLength: 3 }), fc.constantFrom('application/json', 'application/xml', '*/*', 'text/html', 'application/json;q=0,application/xml;q=0', 'garbage')).map(
  ([p, m, params, accept]): FuzzCase => ({
    method: 'GET',
    path: `/${p}${m}${params.length ? `?${params.join('&')}` : ''}`,
    accept,
    label: 'GET params',
  }),
);

/** Deletes aimed at ids that do not exist or are malformed: must be 4xx and remove nothing. */
const hostileDelete = fc.tuple(fc.constantFrom('vms', 'tags', 'hosts', 'events', 'datacenters'), fc.constantFrom(...ID_ATTACKS.filter((i) => !i.includes('{')))).map(
  ([c, id]): FuzzCase => ({ method: 'DELETE', path: `/${c}/${id}`, label: 'DELETE bad id' }),
);

/** Action bodies on real objects: the wrong parameter types must be refused. */
const action = fc.tuple(fc.constantFrom('vms/{vm}/stop', 'vms/{vm}/shutdown', 'hosts/{host}/nonsense', 'vms/{vm}/..', 'vms/{vm}/start;x=1'), fc.oneof(jsonFixed, xmlEntities, xmlNested)).map(
  ([p, body]): FuzzCase => ({ method: 'POST', path: `/${p}`, body, contentType: body.trimStart().startsWith('<') ? 'application/xml' : 'application/json', label: `action ${p}` }),
);

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  { weight: 10, arbitrary: write },
  { weight: 6, arbitrary: read },
  { weight: 1, arbitrary: hostileDelete },
  { weight: 2, arbitrary: action },
);
