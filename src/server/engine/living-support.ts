/**
 * Test support for the living data center over HTTP: a real engine with the simulator running
 * fast (speed 8: a 10 s migration takes 1.25 s; the shortest step, 2 s human, still lasts
 * 250 ms — long enough for a 10 ms poll right after the action to see it, even on a busy
 * machine), JSON requests with a Correlation-Id, state watching by polling GET, and the events
 * / jobs a correlation id left behind.
 *
 *   const live = new LivingEngine(7); await live.start();
 *   const r = await live.post(`/vms/${id}/start`, {}, 'corr-1');
 *   expect(await live.watch(`/vms/${id}`, 'up')).toEqual(['wait_for_launch', 'powering_up', 'up']);
 *   expect(await live.codes('corr-1')).toEqual([153, 32]);
 */
import { expect } from 'vitest';
import { API, TestEngine, type Res } from './http/test-support.ts';
import { simulatorHooks, type SimulatorHooks } from './sim/engine-hooks.ts';

export const SPEED = 8;

export interface Answer {
  status: number;
  json: any;
  headers: Headers;
}

export class LivingEngine {
  readonly t: TestEngine;

  constructor(seed: number) {
    this.t = new TestEngine({ simulation: { speed: SPEED, seed, faults: false } });
  }

  async start(): Promise<this> {
    await this.t.start();
    return this;
  }

  stop(): Promise<void> {
    return this.t.stop();
  }

  private async send(method: string, p: string, body: unknown, headers: Record<string, string>): Promise<Answer> {
    const r: Res = await this.t.req(method, `${API}${p}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    });
    return { status: r.status, json: r.text ? r.json() : undefined, headers: r.headers };
  }

  async get(p: string): Promise<any> {
    const r = await this.send('GET', p, undefined, {});
    expect(r.status, `GET ${p}`).toBe(200);
    return r.json;
  }

  /** POST with a Correlation-Id (an action or a creation). */
  post(p: string, body: unknown = {}, correlationId?: string, headers: Record<string, string> = {}): Promise<Answer> {
    return this.send('POST', p, body, { ...(correlationId ? { 'correlation-id': correlationId } : {}), ...headers });
  }

  del(p: string, correlationId?: string): Promise<Answer> {
    return this.send('DELETE', p, undefined, correlationId ? { 'correlation-id': correlationId } : {});
  }

  /** An XML GET, kept for the XSD check at the end (validateXml). */
  getXml(p: string): Promise<Res> {
    return this.t.get(`${API}${p}`);
  }

  /** Items of a collection, e.g. list('/vms?search=status%3Ddown', 'vm'). */
  async list(p: string, key: string): Promise<any[]> {
    return (await this.get(p))[key] ?? [];
  }

  async byName(collection: string, key: string, name: string): Promise<any> {
    const found = (await this.list(`/${collection}`, key)).find((x) => x.name === name);
    expect(found, `${key} ${name}`).toBeTruthy();
    return found;
  }

  /**
   * Polls `p` until `field` (default `status`) equals `final`; returns the distinct values seen,
   * starting with the current one.
   */
  async watch(p: string, final: string, field = 'status', timeoutMs = 20_000): Promise<string[]> {
    return this.watchUntil(p, (d) => String(d?.[field]) === final, `${field} ${final}`, field, timeoutMs);
  }

  async watchUntil(p: string, done: (doc: any) => boolean, what: string, field = 'status', timeoutMs = 20_000): Promise<string[]> {
    const seen: string[] = [];
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const doc = await this.get(p);
      const value = String(doc?.[field]);
      if (seen[seen.length - 1] !== value) seen.push(value);
      if (done(doc)) return seen;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`${p} never reached ${what}; saw ${seen.join(' → ')}`);
  }

  /** Index of the newest event (for `from=` polling). */
  async lastEvent(): Promise<number> {
    const events = (await this.get('/events?max=1')).event ?? [];
    return Number(events[0]?.index ?? events[0]?.id ?? 0);
  }

  /** Events newer than `from`, oldest first. */
  async eventsSince(from: number): Promise<Array<{ code: number; description: string; correlation_id?: string }>> {
    const events = (await this.get(`/events?from=${from}`)).event ?? [];
    return events
      .map((e: any) => ({ index: Number(e.index), code: Number(e.code), description: String(e.description), correlation_id: e.correlation_id }))
      .sort((a: { index: number }, b: { index: number }) => a.index - b.index);
  }

  /** Codes of the events a correlation id left, oldest first. */
  async codes(correlationId: string): Promise<number[]> {
    const events = (await this.get(`/events?max=500`)).event ?? [];
    return events
      .filter((e: any) => e.correlation_id === correlationId)
      .sort((a: any, b: any) => Number(a.index) - Number(b.index))
      .map((e: any) => Number(e.code));
  }

  /** Waits until the correlation id's events include every code in `wanted`; returns all its codes. */
  async codesWhen(correlationId: string, wanted: number[], timeoutMs = 20_000): Promise<number[]> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const codes = await this.codes(correlationId);
      if (wanted.every((c) => codes.includes(c)) || Date.now() > until) return codes;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Jobs recorded under a correlation id (the engine's `correlation_id=` job search). */
  async jobs(correlationId: string): Promise<any[]> {
    return this.list(`/jobs?search=${encodeURIComponent(`correlation_id=${correlationId}`)}`, 'job');
  }

  /** Polls the jobs of a correlation id until they all ended; returns their statuses. */
  async jobsEnded(correlationId: string, timeoutMs = 20_000): Promise<string[]> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const statuses = (await this.jobs(correlationId)).map((j) => String(j.status));
      if ((statuses.length && statuses.every((s) => s !== 'started')) || Date.now() > until) return statuses;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/**
 * The simulator behind a real engine on a clock the test moves: nothing happens until
 * `advance(ms)`, so a test sees each state of a step exactly. Requests are JSON, with the
 * full path (`${API}/vms/…`).
 *
 *   const sim = new TickedEngine(5);
 *   beforeAll(() => sim.start()); afterAll(() => sim.stop());
 *   const { call, advance, vmByName } = sim;
 */
export class TickedEngine {
  readonly t: TestEngine;
  // The demo seed dates things from the real now; the simulated clock starts there.
  private readonly clock = { t: Date.now() };
  private hooks?: SimulatorHooks;

  constructor(seed: number) {
    this.t = new TestEngine({ hooks: (store) => (this.hooks = simulatorHooks(store, { speed: 1, seed, now: () => this.clock.t, faults: false, start: false })) });
  }

  async start(): Promise<this> {
    await this.t.start();
    return this;
  }

  stop(): Promise<void> {
    return this.t.stop();
  }

  call = async (method: string, p: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> => {
    const r = await this.t.req(method, p, { body: body === undefined ? undefined : JSON.stringify(body), headers: { accept: 'application/json', ...headers } });
    return { status: r.status, body: r.text ? r.json() : undefined };
  };

  /** Moves the simulator's clock and applies what became due. */
  advance = (ms: number): void => {
    const end = this.clock.t + ms;
    while (this.clock.t < end) {
      this.clock.t = Math.min(end, this.clock.t + 500);
      this.hooks?.simulator.tick();
    }
  };

  vmByName = async (name: string): Promise<any> => (await this.call('GET', `${API}/vms?search=name%3D${name}`)).body.vm?.[0];
}

/** The fault of a refused action (wrapped in an <action> or bare). */
export function faultOf(json: any): { reason?: string; detail?: string } {
  return json?.fault ?? json ?? {};
}
