// Parsing off the main thread: a Worker runs `parseBody`; the app hands `worker.parse` to
// `new ApiClient({ parse })`. Without Worker support (Node, old browsers) it parses inline.
import { ParseError } from './errors.ts';
import { parseBody, type ParseInput, type Parsed, type Parser } from './parse.ts';

export interface ParseRequest {
  id: number;
  input: ParseInput;
}

export type ParseReply = { id: number; result: Parsed } | { id: number; error: { name: string; message: string } };

/** What the worker does with one message (also usable in tests and other hosts). */
export function handleParseMessage(msg: ParseRequest): ParseReply {
  try {
    return { id: msg.id, result: parseBody(msg.input) };
  } catch (e) {
    const err = e as Error;
    return { id: msg.id, error: { name: err?.name ?? 'Error', message: err?.message ?? String(e) } };
  }
}

/** The part of the Worker API used here (a DOM Worker, or an adapter around another port). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (e: unknown) => void): void;
  terminate?(): void;
}

export interface ParseWorker {
  parse: Parser;
  /** True when parsing really happens off the main thread. */
  readonly offThread: boolean;
  terminate(): void;
}

/** Starts the parse worker. `worker` overrides the default module worker (tests, custom hosts).
 * Inputs smaller than `inlineBelow` characters are parsed inline: posting them costs more. */
export function createParseWorker(options: { worker?: WorkerLike; inlineBelow?: number } = {}): ParseWorker {
  let worker = options.worker;
  if (!worker && typeof Worker !== 'undefined') {
    try {
      worker = new Worker(new URL('./parse-worker-entry.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
    } catch {
      worker = undefined;
    }
  }
  const inlineBelow = options.inlineBelow ?? 16_384;
  if (!worker) {
    return { parse: (input) => parseBody(input), offThread: false, terminate: () => {} };
  }
  const w = worker;
  const pending = new Map<number, { resolve: (p: Parsed) => void; reject: (e: Error) => void }>();
  let next = 1;
  let broken: Error | undefined;
  w.addEventListener('message', (e: { data: unknown }) => {
    const reply = e.data as ParseReply;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if ('error' in reply) {
      const err = new ParseError(reply.error.message);
      p.reject(err);
    } else p.resolve(reply.result);
  });
  w.addEventListener('error', (e: unknown) => {
    broken = new ParseError(`The parse worker failed: ${(e as { message?: string })?.message ?? 'unknown error'}`);
    for (const p of pending.values()) p.reject(broken);
    pending.clear();
  });
  return {
    offThread: true,
    parse(input: ParseInput): Promise<Parsed> | Parsed {
      // small answers and a failed worker: parse here
      if (broken || input.text.length < inlineBelow) return parseBody(input);
      const id = next++;
      return new Promise<Parsed>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, input } satisfies ParseRequest);
      });
    },
    terminate() {
      w.terminate?.();
      for (const p of pending.values()) p.reject(new ParseError('The parse worker was stopped.'));
      pending.clear();
    },
  };
}
