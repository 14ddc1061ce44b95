// The worker protocol over a real MessageChannel (structured clone, as between threads).
import { readFileSync } from 'node:fs';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createParseWorker, handleParseMessage, type ParseRequest, type ParseWorker, type WorkerLike } from './parse-worker.ts';
import { parseBody } from './parse.ts';

const fx = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

function channelWorker(): { worker: WorkerLike; posted: () => number; close: () => void } {
  const { port1, port2 } = new MessageChannel();
  let posted = 0;
  port2.on('message', (msg: ParseRequest) => port2.postMessage(handleParseMessage(msg)));
  const listeners: ((e: { data: unknown }) => void)[] = [];
  port1.on('message', (data) => listeners.forEach((l) => l({ data })));
  const worker: WorkerLike = {
    postMessage: (m) => {
      posted++;
      port1.postMessage(m);
    },
    addEventListener: (type: string, l: (e: never) => void) => {
      if (type === 'message') listeners.push(l as (e: { data: unknown }) => void);
    },
    terminate: () => port1.close(),
  };
  return { worker, posted: () => posted, close: () => (port1.close(), port2.close()) };
}

let w: ParseWorker | undefined;
let close: (() => void) | undefined;
afterEach(() => {
  w?.terminate();
  close?.();
});

describe('parse worker', () => {
  it('parses large answers through the worker with the same result as inline', async () => {
    const ch = channelWorker();
    close = ch.close;
    w = createParseWorker({ worker: ch.worker });
    expect(w.offThread).toBe(true);
    const input = { text: fx('v4-vms.xml'), contentType: 'application/xml', status: 200 };
    const [a, b] = await Promise.all([w.parse(input), w.parse({ ...input, text: fx('v4-vms.synth.json'), contentType: 'application/json', href: '/ovirt-engine/api/vms' })]);
    expect(ch.posted()).toBe(2);
    expect(a).toEqual(parseBody(input));
    expect(b).toEqual(a);
  });

  it('parses small answers inline and reports parse errors as ParseErrors', async () => {
    const ch = channelWorker();
    close = ch.close;
    w = createParseWorker({ worker: ch.worker, inlineBelow: 10 });
    const small = await createParseWorker({ worker: ch.worker }).parse({ text: '<vm id="1"/>', contentType: 'application/xml', status: 200 });
    expect(small).toMatchObject({ type: 'resource' });
    expect(ch.posted()).toBe(0);
    await expect(w.parse({ text: '<vm><name>x</vm>', contentType: 'application/xml', status: 200 })).rejects.toThrow(/cannot be read/);
    expect(ch.posted()).toBe(1);
  });

  it('without Worker support it parses inline', async () => {
    w = createParseWorker();
    expect(w.offThread).toBe(typeof Worker !== 'undefined');
    const r = await w.parse({ text: fx('v4-vm.xml'), contentType: 'application/xml', status: 200 });
    expect(r.type).toBe('resource');
  });
});
