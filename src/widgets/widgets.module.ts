import type { ModuleContext } from '../accounts/index.js';
import type { ConnectorsService } from '../connectors/index.js';
import type { ContactsService } from '../contacts/index.js';
import type { LoyaltyService } from '../loyalty/index.js';
import { createMailTransport, type MailTransport } from '../platform/mail/mail-transport.js';
import type { TrustloopModule } from '../platform/module.js';
import type { ReviewsService } from '../reviews/index.js';
import { widgetAssets } from './assets.js';
import { newsletterRoutes } from './newsletter/newsletter.routes.js';
import { createNewsletterSignup } from './newsletter/newsletter-signup.js';
import { previewRoutes } from './preview.routes.js';
import { createWidgetSettings } from './widget-settings.js';
import { widgetSettingsRoutes } from './widget-settings.routes.js';
import { widgetsRoutes } from './widgets.routes.js';

/**
 * The storefront widgets (W1–W5): serves the files built from web/widgets and the settings the
 * elements read. The elements themselves read the reviews' public API and the loyalty hub.
 */
export function createWidgetsModule(
  ctx: ModuleContext,
  deps: {
    reviews: ReviewsService;
    connectors: ConnectorsService;
    loyalty: LoyaltyService;
    contacts: ContactsService;
  },
): TrustloopModule<Record<string, never>> {
  const assets = widgetAssets();
  const settings = createWidgetSettings(ctx, { reviews: deps.reviews });
  const files = widgetsRoutes({
    ctx,
    assets,
    config: { publicUrl: ctx.config.http.publicUrl, settings, ...deps },
  });
  let transport: MailTransport | undefined;
  const signup = createNewsletterSignup({
    ctx,
    contacts: deps.contacts,
    settings,
    // Opened on the first confirmation email (SMTP_URL, else <dataDir>/outbox), as invitations do.
    transport: () =>
      (transport ??= createMailTransport({
        ...(ctx.config.mail.smtpUrl ? { smtpUrl: ctx.config.mail.smtpUrl } : {}),
        dataDir: ctx.config.env.dataDir,
      })),
  });
  const newsletter = newsletterRoutes({ ctx, signup });
  const stored = widgetSettingsRoutes({ ctx, auth: ctx.accounts.auth, settings, reviews: deps.reviews });
  return {
    name: 'widgets',
    service: {},
    async routes(app) {
      await files(app);
      await stored(app);
      await newsletter(app);
      await previewRoutes({ ctx })(app);
    },
    async start() {
      return async () => transport?.close();
    },
  };
}
