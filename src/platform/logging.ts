import pino, { type Logger } from 'pino';

/** Structured JSON logs on stdout; secrets and credentials never reach them. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'trustloop' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.secret',
        '*.apiKey',
        '*.privateKey',
      ],
      censor: '[redacted]',
    },
  });
}
