import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { PermanentError, RetryableError } from '../jobs/index.js';

/** Where Trustloop's emails (invitations, newsletter confirmations) go: an SMTP relay (`SMTP_URL`) or, without one, `<dataDir>/outbox/*.eml`. */
export interface MailTransport {
  readonly kind: 'smtp' | 'outbox';
  /** Sends one message; throws RetryableError (4xx, network) or PermanentError (5xx). */
  send(message: Mail.Options, name: string): Promise<void>;
  close(): void;
}

interface SmtpFailure {
  responseCode?: number;
  code?: string;
  message?: string;
}

/** SMTP 4xx and network trouble are worth retrying; 5xx means the relay will never take it. */
export function classifySmtpError(error: unknown): Error {
  const failure = (error ?? {}) as SmtpFailure;
  const reply = typeof failure.responseCode === 'number' ? failure.responseCode : undefined;
  const message = `SMTP ${reply ?? failure.code ?? 'error'}: ${failure.message ?? String(error)}`;
  if (reply !== undefined && reply >= 500) return new PermanentError(message, { cause: error });
  return new RetryableError(message, { cause: error });
}

export function createMailTransport(options: { smtpUrl?: string; dataDir: string }): MailTransport {
  if (options.smtpUrl) {
    const transporter = nodemailer.createTransport(options.smtpUrl);
    return {
      kind: 'smtp',
      async send(message) {
        try {
          await transporter.sendMail(message);
        } catch (error) {
          throw classifySmtpError(error);
        }
      },
      close: () => transporter.close(),
    };
  }
  const outbox = join(options.dataDir, 'outbox');
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'outbox',
    async send(message, name) {
      const info = await composer.sendMail(message);
      await mkdir(outbox, { recursive: true });
      // The name is stable per message, so a retried send overwrites instead of duplicating.
      await writeFile(join(outbox, `${name.replace(/[^\w.-]/g, '_')}.eml`), info.message as Buffer);
    },
    close: () => composer.close(),
  };
}
