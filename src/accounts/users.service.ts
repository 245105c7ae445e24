import {
  hashPassword,
  passwordProblem,
  randomToken,
  sha256Hex,
  verifyPassword,
} from '../platform/crypto/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import type { AccountsTables } from './accounts.tables.js';
import type { Account, AccountsDeps, Principal, User } from './accounts.types.js';
import { type Role, scopesOfRole } from './scopes.js';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  /** Omit to issue a one-time password that must be changed at first sign-in. */
  password?: string;
}

export function toUser(row: AccountsTables['users']): User {
  return {
    id: row.id,
    accountId: row.account_id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    mustChangePassword: row.must_change_password === 1,
    twoFactorEnabled: row.totp_enabled === 1,
    createdAt: row.created_at,
  };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function checkPassword(password: string, field: string): void {
  const problem = passwordProblem(password);
  if (problem) throw AppError.invalid(field, problem);
}

/** Accounts, users and their sessions. */
/** One user of the account, or a 404 (another account's user is not found either). */
export async function userRowOf(
  db: AccountsDeps['db'],
  accountId: string,
  userId: string,
): Promise<AccountsTables['users']> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('user');
  return row;
}

export function createUsers({ db, clock, passwordCost }: AccountsDeps) {
  async function insertUser(
    accountId: string,
    input: NewUser,
  ): Promise<{ user: User; oneTimePassword?: string }> {
    const oneTimePassword = input.password === undefined ? randomToken(16) : undefined;
    const password = input.password ?? (oneTimePassword as string);
    if (input.password !== undefined) checkPassword(input.password, '/body/password');
    const now = clock.now().toISOString();
    const email = normaliseEmail(input.email);
    const existing = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (existing) throw new AppError('conflict', `a user with email ${email} already exists`);
    const values = {
      id: newId('usr'),
      account_id: accountId,
      email,
      name: input.name.trim(),
      role: input.role,
      password_hash: await hashPassword(password, { cost: passwordCost }),
      must_change_password: oneTimePassword ? 1 : 0,
      created_at: now,
      updated_at: now,
      totp_secret: null,
      totp_enabled: 0,
      totp_last_step: null,
    };
    await db.insertInto('users').values(values).execute();
    return { user: toUser(values), ...(oneTimePassword ? { oneTimePassword } : {}) };
  }

  const userRow = (accountId: string, userId: string) => userRowOf(db, accountId, userId);

  return {
    /** A new account with its first owner. */
    async createAccount(name: string, owner: Omit<NewUser, 'role'>) {
      const account: Account = { id: newId('acc'), name: name.trim(), createdAt: clock.now().toISOString() };
      await db
        .insertInto('accounts')
        .values({ id: account.id, name: account.name, created_at: account.createdAt })
        .execute();
      const created = await insertUser(account.id, { ...owner, role: 'owner' });
      return { account, ...created };
    },

    async getAccount(accountId: string): Promise<Account> {
      const row = await db.selectFrom('accounts').selectAll().where('id', '=', accountId).executeTakeFirst();
      if (!row) throw AppError.notFound('account');
      return { id: row.id, name: row.name, createdAt: row.created_at };
    },

    async renameAccount(accountId: string, name: string): Promise<Account> {
      if (name.trim() === '') throw AppError.invalid('/body/name', 'must not be blank');
      await db.updateTable('accounts').set({ name: name.trim() }).where('id', '=', accountId).execute();
      return this.getAccount(accountId);
    },

    async hasAnyUser(): Promise<boolean> {
      return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
    },

    async firstAccountId(): Promise<string | undefined> {
      return (await db.selectFrom('accounts').select('id').orderBy('id').limit(1).executeTakeFirst())?.id;
    },

    addUser: insertUser,

    async list(accountId: string): Promise<User[]> {
      const rows = await db
        .selectFrom('users')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
      return rows.map(toUser);
    },

    async get(accountId: string, userId: string): Promise<User> {
      return toUser(await userRow(accountId, userId));
    },

    async remove(accountId: string, userId: string): Promise<void> {
      const row = await userRow(accountId, userId);
      if (row.role === 'owner') {
        const owners = await db
          .selectFrom('users')
          .select('id')
          .where('account_id', '=', accountId)
          .where('role', '=', 'owner')
          .execute();
        if (owners.length <= 1)
          throw new AppError('conflict', 'the last owner of an account cannot be removed');
      }
      await db.deleteFrom('users').where('account_id', '=', accountId).where('id', '=', userId).execute();
    },

    async signOut(token: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', sha256Hex(token)).execute();
    },

    /** The principal behind a session cookie, if the session is live. */
    async principalOfSession(token: string): Promise<Principal | undefined> {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select([
          'users.id as userId',
          'users.account_id as accountId',
          'users.role',
          'users.must_change_password',
        ])
        .where('sessions.token_hash', '=', sha256Hex(token))
        .where('sessions.expires_at', '>', clock.now().toISOString())
        .executeTakeFirst();
      if (!row) return undefined;
      const role = row.role as Role;
      return {
        kind: 'user',
        accountId: row.accountId,
        userId: row.userId,
        role,
        scopes: scopesOfRole(role),
        mustChangePassword: row.must_change_password === 1,
      };
    },

    async changePassword(accountId: string, userId: string, current: string, next: string): Promise<void> {
      const row = await userRow(accountId, userId);
      if (!(await verifyPassword(current, row.password_hash))) {
        throw new AppError('forbidden', 'the current password is wrong', {
          details: [{ field: '/body/currentPassword', message: 'does not match' }],
        });
      }
      checkPassword(next, '/body/newPassword');
      if (next === current)
        throw AppError.invalid('/body/newPassword', 'must differ from the current password');
      await db
        .updateTable('users')
        .set({
          password_hash: await hashPassword(next, { cost: passwordCost }),
          must_change_password: 0,
          updated_at: clock.now().toISOString(),
        })
        .where('id', '=', userId)
        .execute();
    },

    async deleteExpiredSessions(): Promise<number> {
      const result = await db
        .deleteFrom('sessions')
        .where('expires_at', '<=', clock.now().toISOString())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type Users = ReturnType<typeof createUsers>;
