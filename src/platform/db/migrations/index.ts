import type { PortableMigration } from '../migrator.js';
import { m0001Tenancy } from './0001_tenancy.js';
import { m0002Jobs } from './0002_jobs.js';
import { m0003Contacts } from './0003_contacts.js';
import { m0004Commerce } from './0004_commerce.js';
import { m0005Reviews } from './0005_reviews.js';
import { m0006Loyalty } from './0006_loyalty.js';
import { m0007Connectors } from './0007_connectors.js';
import { m0008Invitations } from './0008_invitations.js';
import { m0009Imports } from './0009_imports.js';
import { m0010LoyaltyExpiryIndexes } from './0010_loyalty_expiry_indexes.js';
import { m0011RetentionIndexes } from './0011_retention_indexes.js';
import { m0012ExportChoices } from './0012_export_choices.js';
import { m0013PartialJobIndexes } from './0013_partial_job_indexes.js';
import { m0014EventRelay } from './0014_event_relay.js';
import { m0015ProfileConsentTime } from './0015_profile_consent_time.js';
import { m0016SignInSecurity } from './0016_sign_in_security.js';
import { m0017TrustMarks } from './0017_trust_marks.js';
import { m0018InvitationAutomation } from './0018_invitation_automation.js';
import { m0019BatchedFanout } from './0019_batched_fanout.js';
import { m0020ExportClaims } from './0020_export_claims.js';
import { m0021InvitationTemplates } from './0021_invitation_templates.js';
import { m0022ReviewAdminIndexes } from './0022_review_admin_indexes.js';
import { m0023DashboardRollups } from './0023_dashboard_rollups.js';
import { m0024LoyaltyHubVersion } from './0024_loyalty_hub_version.js';
import { m0026ShopDiscounts } from './0026_shop_discounts.js';
import { m0027ShopConnectors } from './0027_shop_connectors.js';
import { m0032WidgetSettings } from './0032_widget_settings.js';
import { m0033NewsletterDoubleOptIn } from './0033_newsletter_double_opt_in.js';
import { m0034AdminListIndexes } from './0034_admin_list_indexes.js';
import { m0035RollupsLeaveWithChannel } from './0035_rollups_leave_with_channel.js';
import { m0036DuePlainJobs } from './0036_due_plain_jobs.js';
import { m0037ConsentReadFromContacts } from './0037_consent_read_from_contacts.js';

/** Every migration in order. Names sort; never rename or edit one that has shipped. */
export const migrations: Record<string, PortableMigration> = {
  '0001_tenancy': m0001Tenancy,
  '0002_jobs': m0002Jobs,
  '0003_contacts': m0003Contacts,
  '0004_commerce': m0004Commerce,
  '0005_reviews': m0005Reviews,
  '0006_loyalty': m0006Loyalty,
  '0007_connectors': m0007Connectors,
  '0008_invitations': m0008Invitations,
  '0009_imports': m0009Imports,
  '0010_loyalty_expiry_indexes': m0010LoyaltyExpiryIndexes,
  '0011_retention_indexes': m0011RetentionIndexes,
  '0012_export_choices': m0012ExportChoices,
  '0013_partial_job_indexes': m0013PartialJobIndexes,
  '0014_event_relay': m0014EventRelay,
  '0015_profile_consent_time': m0015ProfileConsentTime,
  '0016_sign_in_security': m0016SignInSecurity,
  '0017_trust_marks': m0017TrustMarks,
  '0018_invitation_automation': m0018InvitationAutomation,
  '0019_batched_fanout': m0019BatchedFanout,
  '0020_export_claims': m0020ExportClaims,
  '0021_invitation_templates': m0021InvitationTemplates,
  '0022_review_admin_indexes': m0022ReviewAdminIndexes,
  '0023_dashboard_rollups': m0023DashboardRollups,
  '0024_loyalty_hub_version': m0024LoyaltyHubVersion,
  '0026_shop_discounts': m0026ShopDiscounts,
  '0027_shop_connectors': m0027ShopConnectors,
  '0032_widget_settings': m0032WidgetSettings,
  '0033_newsletter_double_opt_in': m0033NewsletterDoubleOptIn,
  '0034_admin_list_indexes': m0034AdminListIndexes,
  '0035_rollups_leave_with_channel': m0035RollupsLeaveWithChannel,
  '0036_due_plain_jobs': m0036DuePlainJobs,
  '0037_consent_read_from_contacts': m0037ConsentReadFromContacts,
};
