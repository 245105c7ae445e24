/** What the loader learned from its own script tag; every element reads it. */
export interface Env {
  /** Trustloop's public URL, ending with a slash. */
  api: string;
  /** The channel's public id (`pub_…`). */
  channel: string;
}

export const env = (): Env => (window as unknown as { trustloop: Env }).trustloop;
