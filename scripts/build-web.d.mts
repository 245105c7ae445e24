export function buildWebBundles(): Promise<void>;
export function buildStaleWebBundles(): Promise<void>;
