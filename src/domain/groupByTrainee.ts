/** Rows by trainee ID, in sheet order: how rules find one trainee's leave and intyg. */
export function groupByTrainee<T extends { traineeId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.traineeId);
    if (list) list.push(row);
    else groups.set(row.traineeId, [row]);
  }
  return groups;
}
