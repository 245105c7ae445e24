import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import type { Channel } from '../../api/channels';
import { useChannels } from '../../api/channels';
import {
  useSaveWidgetSettings,
  useWidgetConfig,
  useWidgetSettings,
  type WidgetSettings,
} from '../../api/widgets';
import { type Locale, SUPPORTED_LOCALES, useI18n } from '../../i18n/i18n';
import { ChannelPicker, channelSearch } from '../../ui/channel-picker';
import { CopyValue } from '../../ui/copy';
import { SelectField, TextField } from '../../ui/field';
import { useFormErrors } from '../../ui/form';
import { EmptyState, ErrorMessage, Loading, Page } from '../../ui/page';
import './widgets.css';

export const Route = createFileRoute('/widgets/')({
  validateSearch: channelSearch,
  component: WidgetsPage,
});

const COLOURS = ['accent', 'star', 'text', 'background'] as const;
type Colour = (typeof COLOURS)[number];
type Draft = Record<Colour, string> & { radius: string; doubleOptIn: boolean };
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
/** The widgets' own colours (web/widgets/src/shared.ts), shown where the channel keeps the default. */
const DEFAULTS: Record<Colour, string> = {
  accent: '#15803d',
  star: '#e29a05',
  text: '#1c1917',
  background: '#ffffff',
};

/**
 * The storefront widgets (W1–W5) for one channel: the stored theme with the contrast warnings
 * the API gives, double opt-in for the newsletter, the channel's language and logo, the script
 * tag and each element's snippet to copy, and the real widgets in a live preview.
 */
function WidgetsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const search = Route.useSearch();
  const channels = useChannels();
  const channel = channels.data?.find((c) => c.id === search.channel) ?? channels.data?.[0];
  if (channels.isPending) return <Loading />;
  if (!channel)
    return (
      <Page title={t('widgets.title')}>
        <ErrorMessage error={channels.error} />
        <EmptyState title={t('reviews.noChannelTitle')}>
          <Link to="/channels" className="button">
            {t('nav.channels')}
          </Link>
        </EmptyState>
      </Page>
    );
  return (
    <Page title={t('widgets.title')}>
      <ChannelPicker
        label={t('reviews.channel')}
        channels={channels.data}
        value={channel.id}
        onChange={(id) => void navigate({ to: '/widgets', search: { channel: id } })}
      />
      <p>{t('widgets.intro')}</p>
      <WidgetsEditor key={channel.id} channel={channel} />
    </Page>
  );
}

const draftOf = (settings: WidgetSettings): Draft => ({
  accent: settings.theme.accent ?? '',
  star: settings.theme.star ?? '',
  text: settings.theme.text ?? '',
  background: settings.theme.background ?? '',
  radius: settings.theme.radius === null ? '' : String(settings.theme.radius),
  doubleOptIn: settings.newsletter.doubleOptIn,
});

function WidgetsEditor({ channel }: { channel: Channel }) {
  const settings = useWidgetSettings(channel.id);
  const [draft, setDraft] = useState<Draft | undefined>();
  useEffect(() => {
    if (settings.data && !draft) setDraft(draftOf(settings.data));
  }, [settings.data, draft]);
  if (settings.isPending) return <Loading />;
  if (!settings.data || !draft) return <ErrorMessage error={settings.error} />;
  return (
    <div className="widgets-layout">
      <div>
        <ThemeForm channelId={channel.id} draft={draft} onDraft={setDraft} />
        <ChannelLook channel={channel} />
        <Install settings={settings.data} />
      </div>
      <Preview publicId={settings.data.embed.publicId} draft={draft} defaultLocale={channel.defaultLocale} />
    </div>
  );
}

function ThemeForm(props: { channelId: string; draft: Draft; onDraft(draft: Draft): void }) {
  const { t } = useI18n();
  const save = useSaveWidgetSettings(props.channelId);
  const errors = useFormErrors();
  const { draft } = props;
  const set = (patch: Partial<Draft>) => {
    save.reset();
    props.onDraft({ ...draft, ...patch });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const colour of COLOURS)
      if (draft[colour] && !HEX.test(draft[colour])) found[`theme/${colour}`] = t('widgets.colour.invalid');
    if (!errors.check(found)) return;
    const colour = (key: Colour) => draft[key] || null;
    save.mutate(
      {
        theme: {
          accent: colour('accent'),
          star: colour('star'),
          text: colour('text'),
          background: colour('background'),
          radius: draft.radius === '' ? null : Number(draft.radius),
        },
        newsletter: { doubleOptIn: draft.doubleOptIn },
      },
      { onError: errors.fail },
    );
  };
  const warnings = save.data?.warnings ?? [];
  return (
    <form className="card widgets-theme" onSubmit={submit} noValidate>
      <h2>{t('widgets.theme')}</h2>
      <p className="hint">{t('widgets.theme.hint')}</p>
      {COLOURS.map((colour) => (
        <div className="colour-row" key={colour}>
          <TextField
            label={t(`widgets.colour.${colour}`)}
            name={colour}
            value={draft[colour]}
            placeholder={DEFAULTS[colour]}
            maxLength={7}
            error={errors.fields[`theme/${colour}`]}
            onChange={(event) => set({ [colour]: event.target.value.trim() })}
          />
          <input
            type="color"
            aria-label={t('widgets.colour.pick', { what: t(`widgets.colour.${colour}`) })}
            value={HEX.test(draft[colour]) && draft[colour].length === 7 ? draft[colour] : DEFAULTS[colour]}
            onChange={(event) => set({ [colour]: event.target.value })}
          />
        </div>
      ))}
      <TextField
        label={t('widgets.radius')}
        name="radius"
        type="number"
        min={0}
        max={24}
        value={draft.radius}
        error={errors.fields['theme/radius']}
        onChange={(event) => set({ radius: event.target.value })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          name="doubleOptIn"
          checked={draft.doubleOptIn}
          onChange={(event) => set({ doubleOptIn: event.target.checked })}
        />{' '}
        {t('widgets.doubleOptIn')}
      </label>
      <ErrorMessage error={errors.formError} />
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {t('widgets.save')}
        </button>
      </div>
      <div role="status">
        {save.isSuccess && warnings.length === 0 ? <p>{t('widgets.saved')}</p> : null}
        {warnings.length > 0 ? (
          <div className="warning">
            <p>{t('widgets.warnings')}</p>
            <ul>
              {warnings.map((warning) => (
                <li key={warning.field}>{warning.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </form>
  );
}

function ChannelLook({ channel }: { channel: Channel }) {
  const { t, locale } = useI18n();
  const config = useWidgetConfig(channel.publicId);
  const language = new Intl.DisplayNames([locale], { type: 'language' }).of(channel.defaultLocale);
  return (
    <section className="card" aria-labelledby="widgets-look">
      <h2 id="widgets-look">{t('widgets.channelLook')}</h2>
      <p>
        {t('widgets.language', { language: language ?? channel.defaultLocale })}{' '}
        <Link to="/channels/$channelId" params={{ channelId: channel.id }}>
          {t('widgets.changeLanguage')}
        </Link>
      </p>
      <h3>{t('widgets.logo')}</h3>
      {config.data?.logoUrl ? (
        <img className="widgets-logo" src={config.data.logoUrl} alt={channel.name} />
      ) : (
        <p>{t('widgets.noLogo')}</p>
      )}
      <p>
        <Link to="/invitations/settings" search={{ channel: channel.id }}>
          {t('widgets.changeLogo')}
        </Link>
      </p>
    </section>
  );
}

function Install({ settings }: { settings: WidgetSettings }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="widgets-install">
      <h2 id="widgets-install">{t('widgets.install')}</h2>
      <CopyValue label={t('widgets.scriptTag')} value={settings.embed.scriptTag} multiline />
      <h3>{t('widgets.elements')}</h3>
      {settings.embed.elements.map((element) => (
        <CopyValue
          key={element.tag}
          label={t(`widgets.element.${element.tag as 'trustloop-stars'}`)}
          value={element.snippet}
        />
      ))}
    </section>
  );
}

/** The real widgets from this server, in a frame, with the draft theme applied as a shop's CSS would. */
function Preview(props: { publicId: string; draft: Draft; defaultLocale: string }) {
  const { t } = useI18n();
  const [lang, setLang] = useState<Locale>(
    (SUPPORTED_LOCALES as readonly string[]).includes(props.defaultLocale)
      ? (props.defaultLocale as Locale)
      : 'en',
  );
  const query = new URLSearchParams({ channel: props.publicId, lang });
  for (const colour of COLOURS) if (HEX.test(props.draft[colour])) query.set(colour, props.draft[colour]);
  const radius = Number(props.draft.radius);
  if (props.draft.radius !== '' && Number.isInteger(radius) && radius >= 0 && radius <= 24)
    query.set('radius', String(radius));
  const src = useDebounced(`/widgets/v1/preview.html?${query}`, 400);
  const names = new Intl.DisplayNames([useI18n().locale], { type: 'language' });
  return (
    <section className="card widgets-preview" aria-labelledby="widgets-preview">
      <h2 id="widgets-preview">{t('widgets.preview')}</h2>
      <SelectField
        label={t('widgets.previewLanguage')}
        value={lang}
        onChange={(event) => setLang(event.target.value as Locale)}
        options={SUPPORTED_LOCALES.map((code) => ({ value: code, label: names.of(code) ?? code }))}
      />
      <iframe className="preview" title={t('widgets.previewFrame')} src={src} />
    </section>
  );
}

/** `value`, once it has stayed the same for `ms` (typing a colour reloads the frame once). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
