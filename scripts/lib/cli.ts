// Shared plumbing for the project's scripts: plain-word progress lines and one-line errors.
import { ConfigurationError } from './ops/database';

export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Runs a script's main, printing a one-line error (never a stack trace) when it fails. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const prefix = error instanceof ConfigurationError ? 'configuration error' : 'error';
    process.stderr.write(`${prefix}: ${message}\n`);
    if (process.env.DEBUG_SCRIPTS && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  });
}
