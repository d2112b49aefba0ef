// The migrated template database that each PostgreSQL test file clones. Its name is derived from
// the checkout's folder, so two checkouts on one machine (worktrees, CI beside a session) never
// drop each other's template mid-run.
import { createHash } from 'node:crypto';

export const templateName = `netwerkplein_test_template_${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 8)}`;
