// Typed configuration read once at boot; a bad value stops the server with a clear message.
import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  PGLITE_DIR: z.string().default('./data/pglite'),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Netwerkplein <no-reply@netwerkplein.example>'),
  ORIGIN: z.string().url().default('http://localhost:3000'),
  DEMO_MODE: flag.default(false),
  MIGRATIONS_DIR: z.string().default('./drizzle'),
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  LOGIN_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  JOBS_ENABLED: flag.default(true),
  // Sign-in with Microsoft / Google (OpenID Connect, ADR 026): a provider shows only when all three are set.
  OIDC_MICROSOFT_ISSUER: z.string().url().optional(),
  OIDC_MICROSOFT_CLIENT_ID: z.string().min(1).optional(),
  OIDC_MICROSOFT_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_GOOGLE_ISSUER: z.string().url().optional(),
  OIDC_GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  OIDC_GOOGLE_CLIENT_SECRET: z.string().min(1).optional()
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function readEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}
