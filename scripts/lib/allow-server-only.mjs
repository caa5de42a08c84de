// Scripts run server modules outside Next: `server-only` (which throws anywhere but a React Server
// Component) resolves to an empty module for them. Loaded with `tsx --import`.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
);
