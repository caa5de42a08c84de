// Lets shell scripts import the app's server modules (`import 'server-only'` throws outside React
// Server Components, and the react-server condition would break Next's other modules): resolves
// 'server-only' to an empty module, as vitest.config.ts does for the tests.
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
