/**
 * Every threshold of PRODUCT.md §2 is a setting with a default. This is the one
 * home of those defaults; overrides come from the document properties as JSON
 * (key `ST_KOLL_SETTINGS`) and are validated here, never trusted blindly.
 */
import * as z from 'zod';
import { FREQUENCY } from './sheetContract';

export const SETTINGS_PROPERTY_KEY = 'ST_KOLL_SETTINGS';

const settingsSchema = z.object({
  /** Rule 1: months between annual check-ins. */
  annualIntervalMonths: z.number().int().min(1).max(36),
  /** Rule 1: "Snart" when the due date is this many days away or less. */
  annualSoonDays: z.number().int().min(0).max(365),
  /** Rule 2: the IUP is due this many months after ST-start. */
  iupDeadlineMonths: z.number().int().min(1).max(36),
  /** Rule 2: "IUP snart" this many days before the deadline. */
  iupSoonDays: z.number().int().min(0).max(365),
  /** Rule 3: grace period after ST-start before a missing agreement is flagged. */
  agreementGraceMonths: z.number().int().min(0).max(24),
  /** Rule 4: flag when no supervision for this many agreed intervals. */
  sparseIntervals: z.number().int().min(1).max(12),
  /** Rule 4: frequency when no agreement is in force. */
  defaultFrequency: z.enum(FREQUENCY),
  /**
   * Rule 5: required sit-ins per year when NO agreement is in force (rules/sitIns.ts).
   * An agreement in force always says, since its blank cell reads as defaultAgreementSitIns.
   */
  defaultSitInsPerYear: z.number().int().min(0).max(100),
  /** Rules 5 and 9, and the 12-month columns: the window ending today, in days. */
  windowDays: z.number().int().min(1).max(3650),
  /** Rule 6: progress of the whole ST at which milestones are expected. */
  studyDirectorReviewFirstAt: z.number().min(0).max(1),
  studyDirectorReviewSecondAt: z.number().min(0).max(1),
  specialistPanelFirstAt: z.number().min(0).max(1),
  specialistPanelSecondAt: z.number().min(0).max(1),
  midStAt: z.number().min(0).max(1),
  /** Rule 7: a supervisor meeting older than this many months is flagged. */
  supervisorMeetingMonths: z.number().int().min(1).max(60),
  /** Rule 8: flag when planned end is this many days away or less. */
  planApplicationDays: z.number().int().min(0).max(3650),
  /** Rule 10: minimum length of ST at full time under HSLF-FS 2021:8, in months. */
  minStMonthsHslf2021: z.number().int().min(1).max(180),
  /** Rule 10: minimum length of ST at full time under SOSFS 2015:8, in months. */
  minStMonthsSosfs2015: z.number().int().min(1).max(180),
  /** Rule 11: flag delmål without intyg when the planned end is this many days away or less. */
  delmalWarningDays: z.number().int().min(0).max(3650),
  /** Rule 12: BT-intyg expected this many months after ST-start (HSLF-FS 2021:8). */
  btDeadlineMonths: z.number().int().min(1).max(120),
  /** §1: Tjänstgöringsgrad (%) when blank. */
  defaultServiceLevel: z.number().min(1).max(100),
  /**
   * Medsittningar per år read from an agreement row whose cell is blank
   * (schemas/agreement.ts); rule 5 then uses it while that agreement is in force.
   */
  defaultAgreementSitIns: z.number().int().min(0).max(100),
  /** Issue #12: agreement documents one server call of the sidebar's batch makes (each call well under 30 s on real Docs). */
  agreementBatchSize: z.number().int().min(1).max(10),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  annualIntervalMonths: 12,
  annualSoonDays: 30,
  iupDeadlineMonths: 6,
  iupSoonDays: 30,
  agreementGraceMonths: 1,
  sparseIntervals: 2,
  defaultFrequency: 'Varje vecka',
  defaultSitInsPerYear: 6,
  windowDays: 365,
  studyDirectorReviewFirstAt: 0.5,
  studyDirectorReviewSecondAt: 0.9,
  specialistPanelFirstAt: 0.5,
  specialistPanelSecondAt: 0.9,
  midStAt: 0.6,
  supervisorMeetingMonths: 12,
  planApplicationDays: 180,
  minStMonthsHslf2021: 66,
  minStMonthsSosfs2015: 60,
  delmalWarningDays: 365,
  btDeadlineMonths: 24,
  defaultServiceLevel: 100,
  defaultAgreementSitIns: 6,
  agreementBatchSize: 3,
});

export type SettingKey = keyof Settings;

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; settings: Settings; invalidKeys: string[] };

/**
 * Defaults overlaid with the stored overrides. Unknown keys are ignored; an
 * invalid value falls back to its default and is reported, so one typo in the
 * settings never stops a refresh.
 */
export function resolveSettings(storedJson: string | null | undefined): SettingsResult {
  if (!storedJson) return { ok: true, settings: { ...DEFAULT_SETTINGS } };
  let overrides: unknown;
  try {
    overrides = JSON.parse(storedJson);
  } catch {
    return { ok: false, settings: { ...DEFAULT_SETTINGS }, invalidKeys: [SETTINGS_PROPERTY_KEY] };
  }
  if (typeof overrides !== 'object' || overrides === null) {
    return { ok: false, settings: { ...DEFAULT_SETTINGS }, invalidKeys: [SETTINGS_PROPERTY_KEY] };
  }
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const invalidKeys: string[] = [];
  const shape = settingsSchema.shape;
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in shape)) continue;
    const parsed = shape[key as keyof Settings].safeParse(value);
    if (parsed.success) (settings as Record<string, unknown>)[key] = parsed.data;
    else invalidKeys.push(key);
  }
  return invalidKeys.length ? { ok: false, settings, invalidKeys } : { ok: true, settings };
}

/**
 * What the settings view needs to know of one setting, read from the schema
 * above so that a setting added there shows up in the view by itself (its
 * Swedish label and description live in the message catalogue, keyed alike).
 */
export interface SettingDescriptor {
  key: SettingKey;
  kind: 'integer' | 'decimal' | 'choice';
  defaultValue: number | string;
  /** Bounds of a number; null for a choice. */
  min: number | null;
  max: number | null;
  /** The allowed values of a choice; [] for a number. */
  choices: readonly string[];
}

type FieldSchema = (typeof settingsSchema.shape)[SettingKey];

function describeField(key: SettingKey, field: FieldSchema): SettingDescriptor {
  const defaultValue = DEFAULT_SETTINGS[key];
  if ('options' in field) return { key, kind: 'choice', defaultValue, min: null, max: null, choices: field.options };
  return {
    key,
    kind: field.isInt ? 'integer' : 'decimal',
    defaultValue,
    min: field.minValue,
    max: field.maxValue,
    choices: [],
  };
}

/** Every setting, in the schema's order. */
export function settingDescriptors(): SettingDescriptor[] {
  return (Object.keys(settingsSchema.shape) as SettingKey[]).map((key) => describeField(key, settingsSchema.shape[key]));
}

export function isSettingKey(key: string): key is SettingKey {
  return Object.prototype.hasOwnProperty.call(settingsSchema.shape, key);
}

/** The value as the schema accepts it, or null when it does not. */
export function parseSettingValue(key: SettingKey, value: unknown): number | string | null {
  const parsed = settingsSchema.shape[key].safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The stored overrides as an object (unknown keys kept, so a newer version's
 * settings survive an older sidebar's save); {} when the stored text is not
 * a JSON object.
 */
export function storedOverrides(storedJson: string | null | undefined): Record<string, unknown> {
  if (!storedJson) return {};
  try {
    const value: unknown = JSON.parse(storedJson);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
  } catch {
    return {};
  }
}
