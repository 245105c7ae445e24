import { useI18n } from '../i18n/i18n';

/**
 * A marketing platform's name in the admin's language: brand names stay as the connector
 * descriptor gives them, a descriptive one ("Outbound webhooks") is translated
 * (`connector.name.<id>`).
 */
export function usePlatformName(): (connector: { id: string; displayName: string }) => string {
  const { t, has } = useI18n();
  return (connector) => {
    const key = `connector.name.${connector.id}`;
    return has(key) ? t(key) : connector.displayName;
  };
}
