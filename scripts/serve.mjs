// Serves the built demo pages on 127.0.0.1 (never on every interface: a demo is not a server).
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT) || 8000;
const server = await startDevServer({
  config: { rootDir: '.', hostname: '127.0.0.1', port, nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const base = `http://127.0.0.1:${server.config.port}`;
console.log(`Support Finder demo:
  English                  ${base}/demo/index.html
  French                   ${base}/demo/fr.html
  Branch catalogue (src)   ${base}/demo/custom.html
  Branch page for youth    ${base}/demo/youth.html
  Quebec, with quick exit  ${base}/demo/quebec.html
  Near me (PEI)            ${base}/demo/near-me.html
  Near me, in French       ${base}/demo/near-me-fr.html
  Catalogue builder        ${base}/demo/builder.html
  Builder in French        ${base}/demo/builder-fr.html
Press Ctrl+C to stop.`);
