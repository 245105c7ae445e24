import { createFileRoute } from '@tanstack/react-router';
import { useI18n } from '../../i18n/i18n';
import { CsvImport } from './-csv-import';
import { InvitationList } from './-invitation-list';
import { InvitationsSection, validateChannelSearch } from './-section';
import { SendForm } from './-send-form';
import { Suppressions } from './-suppressions';

export const Route = createFileRoute('/invitations/')({
  validateSearch: validateChannelSearch,
  component: Invitations,
});

function Invitations() {
  const { t } = useI18n();
  const { channel } = Route.useSearch();
  return (
    <InvitationsSection path="/invitations" title={t('inv.title')} channel={channel}>
      {(channelId) => (
        <>
          <SendForm channelId={channelId} />
          <CsvImport channelId={channelId} />
          <InvitationList channelId={channelId} />
          <Suppressions channelId={channelId} />
        </>
      )}
    </InvitationsSection>
  );
}
