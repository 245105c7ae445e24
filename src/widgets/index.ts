/** The storefront widgets' public door (docs/widgets.md). */

export { loginUrlOf, type WidgetConfig } from './widget-config.js';
export { createWidgetsModule } from './widgets.module.js';
