import { z } from 'zod';

export const mailPayloadSchema = z.object({
  to: z.email(),
  subject: z.string().min(1).max(300),
  text: z.string().min(1).max(100_000)
});

export type MailPayload = z.infer<typeof mailPayloadSchema>;
