#!/usr/bin/env node
// The `klynge` command: runs the TypeScript CLI through tsx, so there is no build step to forget.
import { register } from 'tsx/esm/api';

// Big dependencies loaded here, before tsx's loader hooks are registered, skip its per-module resolution (~0.4 s
// of start-up for a command that opens the database). The pure commands (classify, schedule) need zod only.
const PURE_COMMANDS = new Set(['classify', 'schedule']);
const command = process.argv.slice(2).find((arg, i, args) => !arg.startsWith('-') && args[i - 1] !== '--data-dir');
const opensDatabase = command !== undefined && !PURE_COMMANDS.has(command);
await Promise.all([import('zod'), ...(opensDatabase ? [import('kysely'), import('@electric-sql/pglite'), import('pg')] : [])]);

register();
await import('../src/cli/main.ts');
