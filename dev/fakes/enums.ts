/**
 * Apps Script enums, as frozen objects whose values are their own names.
 * Real enum values are objects whose toString() is the name; string values
 * compare the same way (`e.authMode == ScriptApp.AuthMode.NONE`) and survive
 * being logged or sent to the client.
 */
export type Enum<K extends string> = { readonly [P in K]: P };

export function makeEnum<K extends string>(...names: K[]): Enum<K> {
  const result = {} as Record<K, K>;
  for (const name of names) result[name] = name;
  return Object.freeze(result) as Enum<K>;
}
