import type { Command } from 'commander';
import { loadConfig, type Role } from '../platform/config.js';
import { StartError } from '../platform/listen.js';
import { createTrustloop } from '../trustloop.js';
import { takeEarlyServer } from './serve-early.js';

const DEFAULT_OWNER_EMAIL = 'owner@trustloop.local';

export function registerServeCommand(
  program: Command,
  roles: readonly Role[],
  parseRoles: (value: string) => Role[],
) {
  program
    .command('serve')
    .description(
      'Run Trustloop: the HTTP API, the job worker and the BCC mail receiver (all roles by default)',
    )
    .option('--role <roles>', `comma-separated roles to run: ${roles.join(', ')}`, parseRoles, [...roles])
    .action(async (options: { role: Role[] }) => {
      const config = loadConfig();
      const server = takeEarlyServer();
      const trustloop = await createTrustloop({ config, ...(server ? { server } : {}) });
      const { logger } = trustloop;

      let url: string | undefined;
      try {
        ({ url } = await trustloop.start(options.role));
      } catch (error) {
        await trustloop.stop().catch(() => undefined);
        // A listener that could not start says which variable to change (StartError); the
        // owner is created only after every listener is up, so no one-time password is lost.
        if (error instanceof StartError) {
          console.error(`trustloop could not start: ${error.message}`);
          process.exit(1);
        }
        throw error;
      }
      const owner = await trustloop.bootstrapOwner(
        process.env['TRUSTLOOP_OWNER_EMAIL'] || DEFAULT_OWNER_EMAIL,
      );
      logger.info(
        { roles: options.role, database: config.db.kind, masterKey: trustloop.masterKeySource, url },
        'trustloop started',
      );
      if (owner) {
        const base = config.http.publicUrl;
        process.stdout.write(
          [
            '',
            '  Trustloop is ready. This is the first start, so an owner login was created:',
            `    email:              ${owner.user.email}`,
            `    one-time password:  ${owner.oneTimePassword}`,
            '',
            `  Sign in at ${base}/admin and choose your own password there, or with curl:`,
            `    curl -c cookies.txt -H 'content-type: application/json' -d '{"email":"${owner.user.email}","password":"${owner.oneTimePassword}"}' ${base}/api/v1/auth/login`,
            '  then, with the csrfToken of that answer (every write made with the cookie needs it):',
            `    curl -b cookies.txt -H 'x-csrf-token: <csrfToken>' -H 'content-type: application/json' -d '{"currentPassword":"${owner.oneTimePassword}","newPassword":"<your new password>"}' ${base}/api/v1/auth/password`,
            `  API documentation: ${base}/docs`,
            '',
          ].join('\n'),
        );
      }

      let stopping = false;
      const shutdown = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'stopping');
        await trustloop.stop();
        process.exit(0);
      };
      process.on('SIGINT', () => void shutdown('SIGINT'));
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
    });
}
