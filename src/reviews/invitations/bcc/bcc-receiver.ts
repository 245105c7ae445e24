import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { SMTPServer } from 'smtp-server';

/** A channel a BCC address belongs to. */
export interface BccTarget {
  channelId: string;
  accountId: string;
  /** The local part that named it (our own address, not the customer's). */
  token: string;
}

export interface BccReceiverOptions {
  host: string;
  port: number;
  /** Larger messages are refused with 552 (announced in EHLO as SIZE). */
  maxBytes: number;
  /** More recipients than this in one message get 452. */
  maxRecipients: number;
  logger: Logger;
  /** The channel a recipient address names, or undefined (550). */
  resolve(address: string): Promise<BccTarget | undefined>;
  /** Stores what the message says for each channel it was addressed to; returns a reference per channel. */
  accept(raw: Buffer, targets: BccTarget[], envelopeFrom: string | null): Promise<string[]>;
}

export interface RunningReceiver {
  port: number;
  stop(): Promise<void>;
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * The SMTP server shops BCC their order confirmations to (R3, "automatic feedback").
 * It refuses at SMTP level what it will never use — unknown recipients (550), too many
 * recipients (452), oversized messages (552) — and accepts everything else, keeping
 * messages it cannot parse with the reason. No input can crash it: every failure becomes
 * an SMTP reply.
 */
export async function startBccReceiver(options: BccReceiverOptions): Promise<RunningReceiver> {
  const targets = new WeakMap<object, BccTarget[]>();
  const server = new SMTPServer({
    name: 'trustloop',
    banner: 'Trustloop review invitations (BCC automatic feedback)',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxBytes,
    logger: false,
    socketTimeout: 60_000,
    closeTimeout: 5_000,
    onRcptTo(address, session, callback) {
      const list = targets.get(session.envelope) ?? [];
      if (session.envelope.rcptTo.length >= options.maxRecipients) {
        callback(smtpError(452, `4.5.3 Too many recipients (at most ${options.maxRecipients} per message)`));
        return;
      }
      options.resolve(address.address).then(
        (target) => {
          if (!target) {
            callback(smtpError(550, `5.1.1 <${address.address}>: no such BCC address`));
            return;
          }
          if (!list.some((known) => known.channelId === target.channelId)) list.push(target);
          targets.set(session.envelope, list);
          callback();
        },
        (error: unknown) => {
          options.logger.error({ err: error }, 'BCC recipient lookup failed');
          callback(smtpError(451, '4.3.0 Temporary failure, try again later'));
        },
      );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let kept = 0;
      stream.on('data', (chunk: Buffer) => {
        if (kept + chunk.length <= options.maxBytes) chunks.push(chunk);
        kept += chunk.length;
      });
      stream.on('error', (error) => {
        options.logger.warn({ err: error }, 'BCC message stream failed');
      });
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(smtpError(552, `5.3.4 Message too big: the limit is ${options.maxBytes} bytes`));
          return;
        }
        const list = targets.get(session.envelope) ?? [];
        if (list.length === 0) {
          callback(smtpError(554, '5.5.1 No valid recipients'));
          return;
        }
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : null;
        options.accept(Buffer.concat(chunks), list, from).then(
          (refs) => callback(null, `Message accepted: ${refs.join(', ')}`),
          (error: unknown) => {
            options.logger.error({ err: error }, 'BCC message could not be stored');
            callback(smtpError(451, '4.3.0 Temporary failure, try again later'));
          },
        );
      });
    },
  });
  server.on('error', (error) => options.logger.warn({ err: error }, 'BCC SMTP connection error'));

  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.server.once('error', onError);
    server.listen(options.port, options.host, () => {
      server.server.off('error', onError);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
