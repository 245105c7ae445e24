import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SinkMessage {
  from: string | null;
  to: string[];
  raw: string;
  mail: ParsedMail;
}

/**
 * A local SMTP server that stands in for the shop's relay: it keeps every message it
 * accepts (parsed), and answers chosen recipients with a chosen SMTP error, so tests
 * catch real outgoing mail and real relay failures.
 */
export interface SmtpSink {
  port: number;
  /** For SMTP_URL. */
  url: string;
  messages: SinkMessage[];
  /** Messages addressed to `email` (envelope recipient). */
  to(email: string): SinkMessage[];
  /** Answer RCPT TO for this address with `code` (e.g. 451 or 550) until cleared. */
  refuse(email: string, code: number): void;
  clearRefusals(): void;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SinkMessage[] = [];
  const refusals = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = refusals.get(address.address.toLowerCase());
      if (code === undefined) return callback();
      return callback(
        Object.assign(new Error(code >= 500 ? 'mailbox unavailable' : 'try again later'), {
          responseCode: code,
        }),
      );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (mail) => {
            messages.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
              raw: raw.toString('utf8'),
              mail,
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (email) => messages.filter((message) => message.to.includes(email.toLowerCase())),
    refuse: (email, code) => refusals.set(email.toLowerCase(), code),
    clearRefusals: () => refusals.clear(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
