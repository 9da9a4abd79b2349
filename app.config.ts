/** Build-time facts about the app, shared by vite.config.ts and the scripts (one source of truth). */
export const APP = {
  name: 'LA Help Directory',
  shortName: 'LA Help',
  description: 'Justice, safety and help programs in Los Angeles County. Works offline. No tracking.',
  themeColor: '#0b4f71',
  backgroundColor: '#ffffff',
  /** Port of `npm start` and of the browser tests. */
  port: 4173,
} as const;
