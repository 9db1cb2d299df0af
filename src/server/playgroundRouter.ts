import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import type { Router } from 'express';

const require = createRequire(import.meta.url);

/** npm files the page loads; served from node_modules so the page makes no CDN request. */
const ASSETS: Record<string, { module: string; type: string }> = {
  'react.production.min.js': { module: 'react/umd/react.production.min.js', type: 'text/javascript; charset=utf-8' },
  'react-dom.production.min.js': { module: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript; charset=utf-8' },
  'graphiql.min.js': { module: 'graphiql/graphiql.min.js', type: 'text/javascript; charset=utf-8' },
  'graphiql.min.css': { module: 'graphiql/graphiql.min.css', type: 'text/css; charset=utf-8' },
};

export interface PlaygroundViews {
  storefront: string;
  backOffice: string;
}

/**
 * GraphiQL at `/playground` with a switch between the storefront and back-office endpoints.
 * Everything it loads comes from this server (`/playground/assets/*`).
 */
export function playgroundRouter(views: PlaygroundViews): Router {
  const router = express.Router();
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const [name, a] of Object.entries(ASSETS)) files.set(name, { body: readFileSync(resolveModuleFile(a.module)), type: a.type });
  files.set('playground.js', { body: Buffer.from(playgroundScript(views)), type: 'text/javascript; charset=utf-8' });

  router.get('/playground', (_req, res) => {
    res.type('html').set('cache-control', 'no-cache').send(PAGE);
  });
  router.get('/playground/assets/:name', (req, res) => {
    const file = files.get(req.params.name);
    if (!file) {
      res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    res.set('content-type', file.type).set('cache-control', 'public, max-age=3600').send(file.body);
  });
  return router;
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Oro GraphQL playground</title>
<link rel="stylesheet" href="/playground/assets/graphiql.min.css">
<style>
  html, body { height: 100%; margin: 0; font-family: system-ui, sans-serif; }
  #bar { display: flex; gap: 12px; align-items: center; padding: 6px 12px; border-bottom: 1px solid #ddd; font-size: 14px; }
  #graphiql { height: calc(100vh - 40px); }
</style>
</head>
<body>
<div id="bar">
  <strong>Oro GraphQL</strong>
  <label>View
    <select id="view">
      <option value="storefront">storefront</option>
      <option value="backOffice">back office</option>
    </select>
  </label>
  <span id="endpoint"></span>
</div>
<div id="graphiql">Loading…</div>
<script src="/playground/assets/react.production.min.js"></script>
<script src="/playground/assets/react-dom.production.min.js"></script>
<script src="/playground/assets/graphiql.min.js"></script>
<script src="/playground/assets/playground.js"></script>
</body>
</html>
`;

function playgroundScript(views: PlaygroundViews): string {
  return `(function () {
  var endpoints = ${JSON.stringify({ storefront: views.storefront, backOffice: views.backOffice })};
  var select = document.getElementById('view');
  var params = new URLSearchParams(location.search);
  if (params.get('view') === 'backOffice' || params.get('view') === 'back-office') select.value = 'backOffice';
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  function render() {
    var url = new URL(endpoints[select.value], location.href).toString();
    document.getElementById('endpoint').textContent = url;
    var fetcher = GraphiQL.createFetcher({ url: url });
    root.render(React.createElement(GraphiQL, {
      key: select.value,
      fetcher: fetcher,
      query: params.get('query') || undefined,
      defaultQuery: '# ' + (select.value === 'storefront' ? 'Storefront' : 'Back-office') + ' API. Put "Authorization: Bearer <token>" under Headers.\\n{\\n  __typename\\n}\\n'
    }));
  }
  select.addEventListener('change', render);
  render();
})();
`;
}

/** Finds a file inside an installed package even when the package's `exports` hide it (react's UMD builds). */
function resolveModuleFile(spec: string): string {
  const [scopeOrName, ...rest] = spec.split('/');
  const pkg = scopeOrName!.startsWith('@') ? `${scopeOrName}/${rest.shift()}` : scopeOrName!;
  for (const dir of require.resolve.paths(pkg) ?? []) {
    const file = join(dir, pkg, ...rest);
    if (existsSync(file)) return file;
  }
  throw new Error(`playground asset not installed: ${spec}`);
}
