import { defineConfig } from 'drizzle-kit';

export default defineConfig({
	schema: './src/lib/server/db/schema.ts',
	out: './db/migrations',
	dialect: 'sqlite',
	dbCredentials: { url: process.env.DATABASE_URL ?? 'db/inngang.sqlite' },
	verbose: true,
	strict: true
});
