export { bundleForBrowser } from './bundle.ts';
export { findChromium, launchChromium } from './chromium.ts';
export { servePage } from './page-server.ts';
