import type { Channel } from '../api/channels';

/** Search params of a page that works on one channel: `?channel=` (the first channel when absent). */
export function channelSearch(search: Record<string, unknown>): { channel?: string } {
  return typeof search['channel'] === 'string' ? { channel: search['channel'] } : {};
}

/** Which channel a page shows, offered only when the account has more than one. */
export function ChannelPicker(props: {
  label: string;
  channels: readonly Channel[] | undefined;
  value: string | undefined;
  onChange(channelId: string): void;
}) {
  if (!props.channels || props.channels.length < 2) return null;
  return (
    <label className="channel-picker">
      <span>{props.label}</span>
      <select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.channels.map((channel) => (
          <option key={channel.id} value={channel.id}>
            {channel.name}
          </option>
        ))}
      </select>
    </label>
  );
}
