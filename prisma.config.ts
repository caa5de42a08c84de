import { defineConfig } from 'prisma/config';

// env('DATABASE_URL') would throw when unset (even for `prisma --help`); the CLI is only used for
// `generate` here, and the app resolves its database in lib/db-url.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/commitment_tracker' },
});
