/** The Swedish message catalogue: every text a user sees, one file per area. */
export * from './flags';
export * from './validation';
export * from './ui';
export * from './setup';
export * from './agreement';
export * from './sidebar';
export * from './reminders';
export * from './settings';
export * from './selection';
export * from './agreementBatch';
export * from './import';
