import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely, Selectable } from 'kysely';
import { type Static, Type } from 'typebox';
import type { Accounts } from '../../../accounts/index.js';
import type { Clock } from '../../../platform/clock.js';
import { AppError } from '../../../platform/errors.js';
import { acceptFormBodies } from '../../../platform/http/form-bodies.js';
import type { HttpServer } from '../../../platform/http/server.js';
import {
  fromAcceptLanguage,
  type Locale,
  type MessageKey,
  resolveLocale,
  t,
} from '../../../platform/i18n/index.js';
import type { ReviewsCore } from '../../reviews.contract.js';
import type { Fairness } from '../fairness.service.js';
import type { Ledger } from '../invitations.service.js';
import type { InvitationsTable, InvitationsTables } from '../invitations.tables.js';
import type { InvitationProduct } from '../invitations.types.js';
import { openBusinessLink } from '../links/business-link.js';
import type { Settings } from '../settings.service.js';
import { type HeldOrders, type OrderContext, orderContext } from './held-orders.js';
import { type FormInvitation, formValues, readForm } from './questionnaire.form.js';
import {
  messagePage,
  type QuestionnaireView,
  questionnairePage,
  STYLESHEET,
  unsubscribePage,
} from './questionnaire.page.js';

export interface QuestionnaireDeps {
  db: Kysely<InvitationsTables>;
  clock: Clock;
  ledger: Ledger;
  fairness: Fairness;
  settings: Settings;
  reviews: ReviewsCore;
  /** The orders Trustloop holds: the page's order number, name and product titles. */
  orders: HeldOrders;
  /** The accounts door's channels: the shop's name, the channel behind a business link. */
  channels: Pick<Accounts['channels'], 'get' | 'findByPublicId'>;
  publicUrl: string;
  rateLimitPerMinute: number;
}

const FORM_BODY_LIMIT = 64 * 1024;
const TokenParams = Type.Object({ token: Type.String({ maxLength: 200 }) });

type Row = Selectable<InvitationsTable>;
type TokenRequest = FastifyRequest<{ Params: Static<typeof TokenParams> }>;

/**
 * The pages a shopper sees (R2): the questionnaire behind each invitation link, its
 * thank-you / used / expired / invalid pages, unsubscribing, and business-generated links.
 * Server-rendered HTML that works without JavaScript; forms are urlencoded POSTs to the same
 * origin (checked), and the link token in the URL is the capability.
 */
export function questionnaireRoutes(deps: QuestionnaireDeps) {
  const { db, clock, ledger, fairness, settings, reviews, orders, channels } = deps;
  const rateLimit = { max: deps.rateLimitPerMinute, timeWindow: '1 minute' };

  const send = (reply: FastifyReply, status: number, page: string) =>
    reply
      .status(status)
      .header('cache-control', 'no-store')
      // same-origin, not no-referrer: with no-referrer a browser posts `Origin: null`.
      .header('referrer-policy', 'same-origin')
      .type('text/html; charset=utf-8')
      .send(page);

  const guessLocale = (request: FastifyRequest): Locale =>
    resolveLocale(fromAcceptLanguage(request.headers['accept-language']));

  /** A page that only says something: a title and a text from the catalogue. */
  const sendMessage = (
    reply: FastifyReply,
    status: number,
    locale: Locale,
    [title, body]: [MessageKey, MessageKey],
    params?: Record<string, string>,
  ) => send(reply, status, messagePage(locale, t(locale, title), t(locale, body, params)));

  const invalid = (reply: FastifyReply, locale: Locale, status = 404) =>
    sendMessage(reply, status, locale, ['questionnaire.invalid.title', 'questionnaire.invalid.body']);
  const used = (reply: FastifyReply, locale: Locale) =>
    sendMessage(reply, 409, locale, ['questionnaire.used.title', 'questionnaire.used.body']);

  /** A handler of one invitation's link: the row its token names, or the "invalid link" page. */
  const withRow =
    (handle: (row: Row, request: TokenRequest, reply: FastifyReply) => Promise<unknown>) =>
    async (request: TokenRequest, reply: FastifyReply) => {
      const row = await ledger.byToken(request.params.token);
      if (!row) return invalid(reply, guessLocale(request));
      return handle(row, request, reply);
    };
  const linkRoute = { schema: { hide: true, params: TokenParams }, config: { rateLimit } };

  async function shopOf(row: { account_id: string; channel_id: string }): Promise<string> {
    return (await channels.get(row.account_id, row.channel_id)).name;
  }

  function formInvitation(row: Row): FormInvitation {
    const products = (JSON.parse(row.products) as InvitationProduct[]).filter(
      (product) => product.title || product.sku || product.gtin || product.productId,
    );
    const withProducts = row.type !== 'service' && products.length > 0;
    return {
      id: row.id,
      accountId: row.account_id,
      channelId: row.channel_id,
      email: row.email,
      locale: resolveLocale(row.locale),
      orderId: row.order_id ?? row.order_number,
      orderRef: row.order_ref,
      askService: row.type !== 'product' || !withProducts,
      products: withProducts ? products : [],
    };
  }

  /**
   * What the page shows beyond the invitation row: the held order's number, the shopper's name
   * and the products' titles (never a bare SKU), and the shop's logo. The form's products take
   * the resolved titles, so the reviews carry them too.
   */
  async function pageOf(
    row: Row,
  ): Promise<{ invitation: FormInvitation; context: OrderContext; logoUrl: string | null }> {
    const invitation = formInvitation(row);
    const [context, config] = await Promise.all([
      orderContext(row, invitation.products, orders),
      settings.get(row.account_id, row.channel_id),
    ]);
    return { invitation: { ...invitation, products: context.products }, context, logoUrl: config.logoUrl };
  }

  /** The questionnaire itself: the shop's name prefilled on first open, refilled with the errors after a bad POST. */
  const sendForm = (
    reply: FastifyReply,
    status: 200 | 400,
    view: {
      row: Row;
      page: Awaited<ReturnType<typeof pageOf>>;
      shop: string;
      values?: QuestionnaireView['values'];
      errors?: Map<string, string>;
    },
  ) =>
    send(
      reply,
      status,
      questionnairePage({
        locale: view.page.invitation.locale,
        shop: view.shop,
        action: `/r/${view.row.link_token}`,
        orderLabel: view.page.context.orderLabel,
        logoUrl: view.page.logoUrl,
        askService: view.page.invitation.askService,
        products: view.page.context.products,
        values: view.values ?? { display_name: view.page.context.name ?? '' },
        errors: view.errors ?? new Map(),
      }),
    );

  /** The page for a link that cannot take a review now, or undefined when it can. */
  function closedPage(reply: FastifyReply, row: Row, locale: Locale) {
    if (row.used_at !== null || row.state === 'completed') return used(reply, locale);
    if (row.state === 'cancelled') return invalid(reply, locale);
    if (row.link_expires_at <= clock.now().toISOString())
      return sendMessage(reply, 410, locale, ['questionnaire.expired.title', 'questionnaire.expired.body']);
    return undefined;
  }

  /** A cross-site POST (a form on another origin) is refused: the origin must be this host. */
  function sameOrigin(request: FastifyRequest): boolean {
    const site = request.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') return false;
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    if (origin === 'null') return site === 'same-origin';
    try {
      const from = new URL(origin);
      // Through URL both sides drop a default port (`host:80` for http equals `host`).
      const own = [new URL(`${from.protocol}//${request.host}`).host, new URL(deps.publicUrl).host];
      return own.includes(from.host);
    } catch {
      return false;
    }
  }

  return async function register(app: HttpServer) {
    // Forms post urlencoded bodies; this parser exists only inside this plugin.
    acceptFormBodies(app, FORM_BODY_LIMIT);

    app.get(
      '/r/assets/questionnaire.css',
      { schema: { hide: true }, config: { rateLimit } },
      async (_request, reply) =>
        reply
          .header('cache-control', 'public, max-age=3600')
          .type('text/css; charset=utf-8')
          .send(STYLESHEET),
    );

    app.get(
      '/r/:token',
      linkRoute,
      withRow(async (row, _request, reply) => {
        const invitation = formInvitation(row);
        const closed = closedPage(reply, row, invitation.locale);
        if (closed) return closed;
        if (row.opened_at === null) {
          // The first open only (a mail scanner's prefetch counts too: "opened" is a hint, not proof).
          const now = clock.now().toISOString();
          await db
            .updateTable('invitations')
            .set({ opened_at: now })
            .where('id', '=', row.id)
            .where('opened_at', 'is', null)
            .execute();
        }
        return sendForm(reply, 200, { row, page: await pageOf(row), shop: await shopOf(row) });
      }),
    );

    app.post(
      '/r/:token',
      linkRoute,
      withRow(async (row, request, reply) => {
        const { locale } = formInvitation(row);
        if (!sameOrigin(request))
          return sendMessage(reply, 403, locale, [
            'questionnaire.invalid.title',
            'questionnaire.error.foreign_origin',
          ]);
        const closed = closedPage(reply, row, locale);
        if (closed) return closed;
        const page = await pageOf(row);
        const values = formValues(request.body, page.invitation);
        const shop = await shopOf(row);
        const rerender = (errors: Map<string, string>) =>
          sendForm(reply, 400, { row, page, shop, values, errors });
        const outcome = readForm(values, page.invitation);
        if (!outcome.ok) return rerender(outcome.errors);
        const now = clock.now().toISOString();
        let result: 'done' | 'used';
        try {
          result = await db.transaction().execute(async (trx) => {
            // Exactly one POST marks the invitation used; a concurrent one updates nothing.
            const marked = await trx
              .updateTable('invitations')
              .set({ state: 'completed', used_at: now, updated_at: now })
              .where('id', '=', row.id)
              .where('used_at', 'is', null)
              .where('state', 'in', ['scheduled', 'sent', 'suppressed'])
              .where('link_expires_at', '>', now)
              .executeTakeFirst();
            if (marked.numUpdatedRows === 0n) return 'used' as const;
            await fairness.cancelJobs(trx, [row.id]);
            await reviews.submit(trx, outcome.submissions);
            return 'done' as const;
          });
        } catch (error) {
          if (error instanceof AppError && error.status < 500) {
            return rerender(new Map([['display_name', error.message]]));
          }
          throw error;
        }
        if (result === 'used') return used(reply, locale);
        return sendMessage(reply, 200, locale, ['questionnaire.thanks.title', 'questionnaire.thanks.body'], {
          shop,
        });
      }),
    );

    app.get(
      '/r/:token/unsubscribe',
      linkRoute,
      withRow(async (row, _request, reply) => {
        const locale = resolveLocale(row.locale);
        return send(
          reply,
          200,
          unsubscribePage(locale, await shopOf(row), row.email, `/r/${row.link_token}/unsubscribe`),
        );
      }),
    );

    // The confirmation form and one-click unsubscribe (RFC 8058: List-Unsubscribe-Post) both land here.
    app.post(
      '/r/:token/unsubscribe',
      linkRoute,
      withRow(async (row, _request, reply) => {
        await fairness.suppress(row.account_id, row.channel_id, row.email, 'unsubscribe_link');
        const locale = resolveLocale(row.locale);
        const shop = await shopOf(row);
        return sendMessage(reply, 200, locale, ['unsubscribe.done.title', 'unsubscribe.done.body'], { shop });
      }),
    );

    app.get(
      '/r/bgl/:publicId',
      {
        schema: {
          hide: true,
          params: Type.Object({ publicId: Type.String({ maxLength: 100 }) }),
          querystring: Type.Object({ p: Type.Optional(Type.String({ maxLength: 16384 })) }),
        },
        config: { rateLimit },
      },
      async (request, reply) => {
        const channel = await channels.findByPublicId(request.params.publicId);
        const locale = channel
          ? resolveLocale(fromAcceptLanguage(request.headers['accept-language']), channel.defaultLocale)
          : guessLocale(request);
        if (!channel || !request.query.p) return invalid(reply, locale, channel ? 400 : 404);
        const keys = await settings.linkKeys(channel.accountId, channel.id);
        const opened = openBusinessLink(request.query.p, keys);
        if (!opened.ok) return invalid(reply, locale, 400);
        const { payload } = opened;
        let token: string | undefined;
        try {
          const { invitation } = await ledger.create(
            channel.accountId,
            {
              channelId: channel.id,
              email: payload.email,
              name: payload.name,
              orderNumber: payload.ref,
              locale: payload.locale ?? null,
              products: (payload.skus ?? []).map((sku) => ({ sku, title: sku })),
              method: 'business_link',
              delivery: 'link',
            },
            '/link',
          );
          token = new URL(invitation.link).pathname.split('/').pop();
        } catch (error) {
          if (error instanceof AppError && error.status < 500) return invalid(reply, locale, 400);
          throw error;
        }
        return reply.header('cache-control', 'no-store').redirect(`/r/${token}`, 303);
      },
    );
  };
}
