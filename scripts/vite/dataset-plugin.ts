/**
 * Vite plugin: compiles the dataset folder into /data/manifest.json + hashed payloads at build time (so the files
 * land in dist/ and in the service worker's precache) and serves the same files from memory in `vite dev`.
 * The folder is data/ unless DATASET_DIR names another (another county's dataset in the same form).
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DataError } from '../../src/model/json.ts';
import { loadDatasetSource } from '../lib/dataset-source.ts';
import { buildPayloads, type BuildResult } from '../lib/dataset-build.ts';

export function datasetPlugin(dir = process.env.DATASET_DIR ?? 'data'): Plugin {
  const root = resolve(dir);
  let result: BuildResult | undefined;

  const compile = () => {
    try {
      return buildPayloads(loadDatasetSource(root));
    } catch (error) {
      if (error instanceof DataError) {
        throw new Error(`The dataset in ${dir}/ has errors (run \`npm run data:check\`):\n${error.message}`);
      }
      throw error;
    }
  };

  return {
    name: 'la-directory:dataset',
    buildStart() {
      result = compile();
      for (const w of result.warnings) this.warn(w);
      this.addWatchFile(root);
    },
    generateBundle() {
      for (const file of result?.files ?? []) {
        this.emitFile({ type: 'asset', fileName: file.fileName, source: file.content });
      }
    },
    configureServer(server) {
      server.watcher.add(root);
      server.watcher.on('change', (path) => {
        if (path.startsWith(root)) result = undefined;
      });
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith('/data/')) return next();
        try {
          result ??= compile();
        } catch (error) {
          res.statusCode = 500;
          res.end(String(error instanceof Error ? error.message : error));
          return;
        }
        const wanted = req.url.split('?')[0]!.slice(1);
        const file = result.files.find((f) => f.fileName === wanted);
        if (!file) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(file.content);
      });
    },
  };
}
