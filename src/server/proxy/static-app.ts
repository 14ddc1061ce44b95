/**
 * Serving the built app: files from dist/, index.html for client-side routes (SPA
 * fallback), and a plain explanation when the app has not been built.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const DEFAULT_STATIC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist');

const ASSET_LIKE = /\.(?:js|mjs|css|map|png|jpe?g|gif|svg|ico|webp|woff2?|ttf|otf|eot|json|txt|xml|webmanifest|wasm)$/i;

export function isOwnPath(url: string): boolean {
  return /^\/(?:api|auth)(?:[/?;]|$)/.test(url);
}

export interface StaticApp {
  built: boolean;
  /** Answers a GET/HEAD nobody else handled: index.html for app routes, 404 for assets. */
  fallback(request: FastifyRequest, reply: FastifyReply): FastifyReply;
}

export async function registerStaticApp(app: FastifyInstance, staticDir: string): Promise<StaticApp> {
  const root = path.resolve(staticDir);
  const built = existsSync(path.join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      wildcard: true,
      index: ['index.html'],
      setHeaders(reply, filePath) {
        // Vite puts content-hashed files under assets/: safe to cache forever.
        const rel = path.relative(root, filePath).split(path.sep);
        reply.header('cache-control', rel[0] === 'assets' ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  return {
    built,
    fallback(request, reply) {
      const pathname = request.url.split('?')[0];
      if (pathname.startsWith('/assets/') || ASSET_LIKE.test(pathname)) {
        return reply.code(404).type('text/plain; charset=utf-8').send(`Not found: ${pathname}\n`);
      }
      if (!built) {
        return reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(`The Vantage app has not been built (no index.html in ${root}).\nRun \`npm run build\`, then restart the server.\n`);
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    },
  };
}
