// The client core's parse worker as a Node worker thread (the browser build uses
// src/api/parse-worker-entry.ts): same handler, Node's message port.
import { parentPort } from 'node:worker_threads';
import { handleParseMessage, type ParseRequest } from '../src/api/parse-worker.ts';

parentPort?.on('message', (msg: ParseRequest) => parentPort?.postMessage(handleParseMessage(msg)));
