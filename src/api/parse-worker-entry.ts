// Runs inside the parse worker: answers {id, input} messages with the parsed model.
import { handleParseMessage } from './parse-worker.ts';

const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(m: unknown): void };
scope.onmessage = (e: MessageEvent) => scope.postMessage(handleParseMessage(e.data));
