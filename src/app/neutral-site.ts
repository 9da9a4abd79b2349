/**
 * Where "Exit this page" goes: a neutral, common site. The only address of another origin in the app, and only
 * ever opened by the person's own tap (never fetched). Deployers may change it; it must be https.
 */
export const NEUTRAL_SITE = 'https://weather.gov/';
